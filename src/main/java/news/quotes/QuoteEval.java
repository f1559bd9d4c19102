package news.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores extracted quotes against gold quotes: a predicted quote (kind direct or partial) matches
 * a gold quote when their character spans overlap by at least half of the longer one; matching
 * is one-to-one, greedy by overlap. Speaker accuracy is measured on matched pairs: the predicted
 * speaker is right when it is the same person by name variant, or the same description.
 */
public final class QuoteEval {
    private QuoteEval() {}

    /** A gold quote: its span in the text and the expected speaker. */
    public record Gold(int start, int end, String speaker) {}

    /** Running totals. */
    public static final class Score {
        public int gold, predicted, matched, speakerRight;
        public final List<String> errors = new ArrayList<>();

        public double precision() {
            return predicted == 0 ? 1 : matched / (double) predicted;
        }

        public double recall() {
            return gold == 0 ? 1 : matched / (double) gold;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double speakerAccuracy() {
            return matched == 0 ? 1 : speakerRight / (double) matched;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "gold=%d predicted=%d matched=%d P=%.3f R=%.3f F1=%.3f speaker=%.3f (%d/%d)",
                    gold, predicted, matched, precision(), recall(), f1(), speakerAccuracy(), speakerRight, matched);
        }
    }

    public static void score(String docId, String text, List<Gold> gold, List<Quote> predicted, Score s) {
        List<Quote> preds = new ArrayList<>();
        for (Quote q : predicted) if (q.kind() == QuoteKind.DIRECT || q.kind() == QuoteKind.PARTIAL) preds.add(q);
        s.gold += gold.size();
        s.predicted += preds.size();
        boolean[] used = new boolean[preds.size()];
        for (Gold g : gold) {
            int best = -1;
            double bestOv = 0;
            for (int i = 0; i < preds.size(); i++) {
                if (used[i]) continue;
                Quote q = preds.get(i);
                int ov = Math.min(g.end(), q.end()) - Math.max(g.start(), q.start());
                double frac = ov / (double) Math.max(g.end() - g.start(), q.end() - q.start());
                if (frac >= 0.5 && frac > bestOv) {
                    bestOv = frac;
                    best = i;
                }
            }
            if (best < 0) {
                s.errors.add(docId + ": missed \"" + text.substring(g.start(), g.end()) + "\"");
                continue;
            }
            used[best] = true;
            s.matched++;
            Quote q = preds.get(best);
            if (sameSpeaker(g.speaker(), q.speaker())) s.speakerRight++;
            else s.errors.add(docId + ": speaker " + q.speaker() + " (mention " + q.speakerMention() + ") != " + g.speaker()
                    + " for \"" + q.quote() + "\"");
        }
        for (int i = 0; i < preds.size(); i++) {
            if (!used[i]) s.errors.add(docId + ": spurious " + preds.get(i).kind() + " \"" + preds.get(i).quote() + "\" by " + preds.get(i).speaker());
        }
    }

    static boolean sameSpeaker(String gold, String pred) {
        if (gold == null || pred == null) return gold == pred;
        String g = gold.strip(), p = pred.strip();
        if (g.equalsIgnoreCase(p)) return true;
        if (QuoteGrouper.isName(g) && QuoteGrouper.isName(p)) return Names.sameSpeaker(g, p);
        return false;
    }
}
