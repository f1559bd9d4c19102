package news.quotes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * End-to-end scoring of extracted quotes against hand annotations of real articles, per kind.
 *
 * <p><b>Span match (by position).</b> A predicted quote (direct, partial or indirect; scare quotes
 * are not claims and are never counted) matches a gold quote when their character spans overlap
 * by at least half of the longer span. Matching is one-to-one, greedy by overlap share, and does
 * not look at the kind: a gold direct quote found but labelled partial is found (the {@code kind}
 * column says how often the label agrees). Per kind, recall counts gold quotes of that kind,
 * precision counts predicted quotes of that kind.
 *
 * <p><b>Speaker right (strict).</b> Both sides are normalised (case, diacritics, possessive
 * {@code 's}, leading determiners and courtesy titles dropped). Two names (every word
 * capitalised) are the same person when their surnames are spelling variants and their first
 * names, when both give one, share the initial ({@link Names#sameSpeaker}), or when one is the
 * first words of the other and not a first name (organisations: "HCA" / "HCA Healthcare"); "Jr.", "Sr.", "II" are not surnames. Two descriptions
 * ("a White House spokesperson") are the same when they have the same head (last word before a
 * preposition: "a source inside the camp" has the head "source") and the words of one are all in
 * the other. An acronym matches the name whose capitalised initials hold its letters in order
 * ("WHO" / "World Health Organization", "the Chinese CDC" / "Chinese Center for Disease Control"). A name never matches a description; no speaker matches only
 * no speaker. "+speaker" counts a quote as right only when its span matches and its speaker is
 * right; "speaker right of found" is that count over the span matches. Indirect recall is also
 * given on say-type cues alone ({@link #SAY_TYPE}, by the annotated cue's lemma).
 */
public final class AnnotatedEval {
    private AnnotatedEval() {}

    /** The kinds scored (scare quotes are not statements). */
    public static final List<QuoteKind> KINDS = List.of(QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.INDIRECT);

    /** A hand-annotated quote: span in the article text, its speaker (null when none) and cue. */
    public record Gold(QuoteKind kind, int start, int end, String speaker, String cue) {
        public Gold {
            if (kind == null || kind == QuoteKind.SCARE) throw new IllegalArgumentException("gold kind " + kind);
            if (start < 0 || end <= start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** Counts for one kind (or for all kinds together). */
    public static final class Counts {
        public int gold, predicted, goldMatched, predictedMatched, goldSpeakerRight, predictedSpeakerRight, kindRight;

        void add(Counts o) {
            gold += o.gold;
            predicted += o.predicted;
            goldMatched += o.goldMatched;
            predictedMatched += o.predictedMatched;
            goldSpeakerRight += o.goldSpeakerRight;
            predictedSpeakerRight += o.predictedSpeakerRight;
            kindRight += o.kindRight;
        }

        public double precision() {
            return ratio(predictedMatched, predicted);
        }

        public double recall() {
            return ratio(goldMatched, gold);
        }

        public double f1() {
            return f1(precision(), recall());
        }

        public double speakerPrecision() {
            return ratio(predictedSpeakerRight, predicted);
        }

        public double speakerRecall() {
            return ratio(goldSpeakerRight, gold);
        }

        public double speakerF1() {
            return f1(speakerPrecision(), speakerRecall());
        }

        /** Share of found gold quotes whose speaker is right. */
        public double speakerRightOfFound() {
            return ratio(goldSpeakerRight, goldMatched);
        }

        public double kindRightOfFound() {
            return ratio(kindRight, goldMatched);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? Double.NaN : a / (double) b;
        }

        private static double f1(double p, double r) {
            if (Double.isNaN(p) || Double.isNaN(r)) return Double.NaN;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Totals over a set of articles, per kind, and the errors seen (for the development set). */
    public static final class Score {
        public final Map<QuoteKind, Counts> byKind = new EnumMap<>(QuoteKind.class);
        public final List<String> errors = new ArrayList<>();
        public int articles, unlocated;
        /** Gold indirect quotes with a say-type cue ({@link #SAY_TYPE}), and how many of them were found. */
        public int indirectSayGold, indirectSayFound;

        public double indirectSayRecall() {
            return indirectSayGold == 0 ? Double.NaN : indirectSayFound / (double) indirectSayGold;
        }

        public Score() {
            for (QuoteKind k : KINDS) byKind.put(k, new Counts());
        }

        public Counts kind(QuoteKind k) {
            return byKind.get(k);
        }

        public Counts all() {
            Counts c = new Counts();
            for (Counts k : byKind.values()) c.add(k);
            return c;
        }

        /** The table printed by the evaluation entry point: one row per kind, then all. */
        public String table(String set) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-10s %-8s %5s %5s | %-5s %-5s %-5s | %-5s %-5s %-5s | %-7s %-5s%n",
                    set, "kind", "gold", "pred", "P", "R", "F1", "P+sp", "R+sp", "F1+sp", "sp/found", "kind"));
            for (QuoteKind k : KINDS) row(sb, k.label(), kind(k));
            row(sb, "all", all());
            sb.append(String.format(Locale.ROOT, "%-10s indirect recall on say-type cues: %s (%d of %d)%n", "",
                    f(indirectSayRecall()), indirectSayFound, indirectSayGold));
            sb.append(String.format(Locale.ROOT, "%-10s %d articles%s%n", "", articles,
                    unlocated == 0 ? "" : ", " + unlocated + " annotations not found in their article (skipped)"));
            return sb.toString();
        }

        private static void row(StringBuilder sb, String name, Counts c) {
            sb.append(String.format(Locale.ROOT, "%-10s %-8s %5d %5d | %s %s %s | %s %s %s | %-8s %s%n", "", name,
                    c.gold, c.predicted, f(c.precision()), f(c.recall()), f(c.f1()), f(c.speakerPrecision()),
                    f(c.speakerRecall()), f(c.speakerF1()), f(c.speakerRightOfFound()), f(c.kindRightOfFound())));
        }

        private static String f(double d) {
            return Double.isNaN(d) ? "  -  " : String.format(Locale.ROOT, "%.3f", d);
        }
    }

    /**
     * Scores one article: {@code predicted} are the extractor's quotes with offsets in the same
     * text as the gold spans ({@code text}, used for error messages only).
     */
    public static void score(String docId, String text, List<Gold> gold, List<Quote> predicted, Score s) {
        List<Quote> preds = new ArrayList<>();
        for (Quote q : predicted) if (q.kind() != QuoteKind.SCARE) preds.add(q);
        s.articles++;
        for (Gold g : gold) {
            s.kind(g.kind()).gold++;
            if (g.kind() == QuoteKind.INDIRECT && sayType(g.cue())) s.indirectSayGold++;
        }
        for (Quote q : preds) s.kind(q.kind()).predicted++;
        // Candidate pairs by overlap share, best first; one-to-one.
        List<double[]> pairs = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            Gold g = gold.get(gi);
            for (int pi = 0; pi < preds.size(); pi++) {
                Quote q = preds.get(pi);
                int ov = Math.min(g.end(), q.end()) - Math.max(g.start(), q.start());
                if (ov <= 0) continue;
                double share = ov / (double) Math.max(g.end() - g.start(), q.end() - q.start());
                if (share >= 0.5) pairs.add(new double[] {share, gi, pi});
            }
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        int[] goldTo = new int[gold.size()];
        boolean[] predUsed = new boolean[preds.size()];
        Arrays.fill(goldTo, -1);
        for (double[] p : pairs) {
            int gi = (int) p[1], pi = (int) p[2];
            if (goldTo[gi] >= 0 || predUsed[pi]) continue;
            goldTo[gi] = pi;
            predUsed[pi] = true;
        }
        for (int gi = 0; gi < gold.size(); gi++) {
            Gold g = gold.get(gi);
            Counts gc = s.kind(g.kind());
            if (goldTo[gi] < 0) {
                s.errors.add(docId + ": missed " + g.kind() + " \"" + clip(text.substring(g.start(), g.end()))
                        + "\" (" + g.speaker() + ")");
                continue;
            }
            if (g.kind() == QuoteKind.INDIRECT && sayType(g.cue())) s.indirectSayFound++;
            Quote q = preds.get(goldTo[gi]);
            Counts pc = s.kind(q.kind());
            gc.goldMatched++;
            pc.predictedMatched++;
            if (q.kind() == g.kind()) gc.kindRight++;
            if (sameSpeaker(g.speaker(), q.speaker())) {
                gc.goldSpeakerRight++;
                pc.predictedSpeakerRight++;
            } else {
                s.errors.add(docId + ": speaker " + q.speaker() + " (mention " + q.speakerMention() + ", cue "
                        + q.cue() + ") != " + g.speaker() + " for " + q.kind() + " \"" + clip(q.quote()) + "\"");
            }
        }
        for (int pi = 0; pi < preds.size(); pi++) {
            if (predUsed[pi]) continue;
            Quote q = preds.get(pi);
            s.errors.add(docId + ": spurious " + q.kind() + " \"" + clip(q.quote()) + "\" by " + q.speaker());
        }
    }

    /** Say-type cues (the issue's "S said (that) P", "according to S", "S told X", "S denied/warned/argued that P"), by lemma. */
    public static final Set<String> SAY_TYPE = Lexicon.set("say", "tell", "according to", "deny", "warn", "argue",
            "add", "state", "claim", "report", "announce", "explain", "note", "insist", "stress", "confirm");

    static boolean sayType(String cue) {
        if (cue == null) return false;
        String c = cue.strip().toLowerCase(Locale.ROOT);
        if (c.startsWith("according")) return true;
        String lemma = Lexicon.cueLemma(c);
        return SAY_TYPE.contains(lemma == null ? c : lemma);
    }

    private static String clip(String s) {
        s = s.replace('\n', ' ');
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }

    private static final Set<String> SUFFIXES = Lexicon.set("jr", "sr", "ii", "iii", "iv");
    private static final Set<String> DETERMINERS = Lexicon.set("a", "an", "the");

    /** Strict speaker agreement, as documented on the class. */
    public static boolean sameSpeaker(String gold, String pred) {
        boolean gNone = gold == null || words(gold).isEmpty(), pNone = pred == null || words(pred).isEmpty();
        if (gNone || pNone) return gNone && pNone;
        List<String> g = words(gold), p = words(pred);
        boolean gName = isNameLike(gold), pName = isNameLike(pred);
        if (acronymOf(gold, pred) || acronymOf(pred, gold)) return true;
        if (gName && pName) {
            List<String> gn = nameWords(g), pn = nameWords(p);
            if (Names.sameSpeaker(String.join(" ", gn), String.join(" ", pn))) return true;
            // An organisation named by its first words ("HCA" / "HCA Healthcare").
            List<String> shorter = gn.size() <= pn.size() ? gn : pn, longer = shorter == gn ? pn : gn;
            return shorter.size() < longer.size() && longer.subList(0, shorter.size()).equals(shorter)
                    && !Lexicon.FEMALE_NAMES.contains(shorter.get(0)) && !Lexicon.MALE_NAMES.contains(shorter.get(0));
        }
        if (gName != pName) return false;
        if (g.equals(p)) return true;
        List<String> gh = headPhrase(g), ph = headPhrase(p);
        if (!gh.get(gh.size() - 1).equals(ph.get(ph.size() - 1))) return false;
        List<String> shorter = g.size() <= p.size() ? g : p, longer = shorter == g ? p : g;
        return longer.containsAll(shorter);
    }

    private static final Set<String> HEAD_PREPOSITIONS = Lexicon.set("of", "by", "in", "inside", "from", "at",
            "for", "with", "on", "to", "within", "near", "who", "that");

    /** A description up to its first preposition: "a source inside the camp" -> "source". */
    private static List<String> headPhrase(List<String> ws) {
        for (int i = 1; i < ws.size(); i++) if (HEAD_PREPOSITIONS.contains(ws.get(i))) return ws.subList(0, i);
        return ws;
    }

    /** "WHO" / "World Health Organization", "the Chinese CDC" / "Chinese Center for Disease Control and Prevention". */
    static boolean acronymOf(String shortForm, String longForm) {
        StringBuilder initials = new StringBuilder();
        for (String w : longForm.strip().split("[\\s\\u00A0]+")) {
            String bare = stripPunct(w);
            if (!bare.isEmpty() && Character.isUpperCase(bare.charAt(0))) initials.append(bare.charAt(0));
        }
        if (initials.length() < 3) return false;
        for (String w : shortForm.strip().split("[\\s\\u00A0]+")) {
            String bare = stripPunct(w);
            if (bare.length() < 2 || !bare.chars().allMatch(Character::isUpperCase)) continue;
            if (bare.length() > initials.length() || bare.contentEquals(initials) && shortForm.equals(longForm)) continue;
            int i = 0;
            for (int j = 0; j < initials.length() && i < bare.length(); j++) if (initials.charAt(j) == bare.charAt(i)) i++;
            if (i == bare.length()) return true;
        }
        return false;
    }

    /** A name: every word (after a leading determiner) starts with a capital letter. */
    static boolean isNameLike(String s) {
        boolean any = false;
        boolean first = true;
        for (String w : s.strip().split("[\\s\\u00A0]+")) {
            String bare = stripPunct(w);
            if (bare.isEmpty()) continue;
            if (first && DETERMINERS.contains(bare.toLowerCase(Locale.ROOT))) {
                first = false;
                continue;
            }
            first = false;
            if (!Character.isUpperCase(bare.charAt(0))) return false;
            any = true;
        }
        return any;
    }

    /** A name without its leading titles ("President Donald Trump" -> "donald trump"). */
    private static List<String> nameWords(List<String> ws) {
        int i = 0, e = ws.size();
        while (e > 1 && SUFFIXES.contains(ws.get(e - 1))) e--;
        while (i < e - 1 && Lexicon.HONORIFICS.contains(ws.get(i))) i++;
        return ws.subList(i, e);
    }

    /** Normalised words: folded case and diacritics, no possessive, no leading determiner. */
    static List<String> words(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : folded.split("[\\s\\u00A0]+")) {
            String bare = stripPunct(w);
            if (bare.endsWith("'s") || bare.endsWith("’s")) bare = bare.substring(0, bare.length() - 2);
            if (bare.isEmpty()) continue;
            if (out.isEmpty() && DETERMINERS.contains(bare)) continue;
            out.add(bare);
        }
        return out;
    }

    private static String stripPunct(String w) {
        int a = 0, b = w.length();
        while (a < b && !Character.isLetterOrDigit(w.charAt(a))) a++;
        while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1)) && w.charAt(b - 1) != '.') b--;
        String r = w.substring(a, b);
        // "Jr." keeps nothing of its dot; an initial "J." is a word of its own.
        return r.endsWith(".") ? r.substring(0, r.length() - 1) : r;
    }
}
