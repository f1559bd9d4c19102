package news.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's body metric: tokens are {@code \w+} runs (case kept); a
 * document is a multiset of 4-token shingles; per document tp/fp/fn are the multiset overlap,
 * excess and shortfall, normalised to sum 1; precision is the mean of tp/(tp+fp) over documents
 * where tp+fp > 0, recall the mean of tp/(tp+fn) where tp+fn > 0; F1 = 2PR/(P+R) of the two
 * means. Mirrors evaluate.py of scrapinghub/article-extraction-benchmark, edge cases included.
 */
public final class BodyScore {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    private double precisionSum;
    private int precisionDocs;
    private double recallSum;
    private int recallDocs;
    private int documents;

    /** Per-document counts, normalised as the benchmark does. */
    public record DocScore(double tp, double fp, double fn) {
        public double precision() {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fp == 0) return 0;
            return tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fn == 0) return 0;
            return tp / (tp + fn);
        }
    }

    public static DocScore score(String predicted, String truth) {
        Map<String, Integer> p = shingles(predicted == null ? "" : predicted);
        Map<String, Integer> t = shingles(truth == null ? "" : truth);
        long tp = 0, fp = 0, fn = 0;
        for (var e : p.entrySet()) {
            int tc = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), tc);
            fp += Math.max(0, e.getValue() - tc);
        }
        for (var e : t.entrySet()) {
            int pc = p.getOrDefault(e.getKey(), 0);
            fn += Math.max(0, e.getValue() - pc);
        }
        long sum = tp + fp + fn;
        if (sum == 0) return new DocScore(0, 0, 0);
        return new DocScore(tp / (double) sum, fp / (double) sum, fn / (double) sum);
    }

    /** Adds one document to the running means and returns its score. */
    public DocScore add(String predicted, String truth) {
        DocScore s = score(predicted, truth);
        if (s.tp() + s.fp() > 0) {
            precisionSum += s.precision();
            precisionDocs++;
        }
        if (s.tp() + s.fn() > 0) {
            recallSum += s.recall();
            recallDocs++;
        }
        documents++;
        return s;
    }

    public double precision() {
        return precisionDocs == 0 ? 0 : precisionSum / precisionDocs;
    }

    public double recall() {
        return recallDocs == 0 ? 0 : recallSum / recallDocs;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int documents() {
        return documents;
    }

    static Map<String, Integer> shingles(String text) {
        java.util.List<String> tokens = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) tokens.add(m.group());
        // As the benchmark's Python: a text shorter than N tokens is one shorter shingle.
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!shingle.isEmpty()) out.merge(String.join("\u0001", shingle), 1, Integer::sum);
        }
        return out;
    }
}
