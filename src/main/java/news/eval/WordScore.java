package news.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The WCXB benchmark's body metric: lower-cased {@code \w+} tokens as a bag of words; per page
 * precision = overlap / predicted tokens, recall = overlap / true tokens, F1 their harmonic mean
 * (a page with no true and no predicted tokens scores 1, one side empty 0); the set's figures are
 * the means over pages.
 */
public final class WordScore {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private double precisionSum;
    private double recallSum;
    private double f1Sum;
    private int documents;

    /** One page's figures. */
    public record DocScore(double precision, double recall, double f1) {}

    public static DocScore score(String predicted, String truth) {
        Map<String, Integer> p = bag(predicted == null ? "" : predicted);
        Map<String, Integer> t = bag(truth == null ? "" : truth);
        long np = 0, nt = 0, overlap = 0;
        for (int c : p.values()) np += c;
        for (var e : t.entrySet()) {
            nt += e.getValue();
            overlap += Math.min(e.getValue(), p.getOrDefault(e.getKey(), 0));
        }
        if (np == 0 && nt == 0) return new DocScore(1, 1, 1);
        if (np == 0 || nt == 0) return new DocScore(0, 0, 0);
        double pr = overlap / (double) np, re = overlap / (double) nt;
        return new DocScore(pr, re, pr + re == 0 ? 0 : 2 * pr * re / (pr + re));
    }

    /** Adds one page to the running means and returns its score. */
    public DocScore add(String predicted, String truth) {
        DocScore s = score(predicted, truth);
        precisionSum += s.precision();
        recallSum += s.recall();
        f1Sum += s.f1();
        documents++;
        return s;
    }

    public double precision() {
        return documents == 0 ? 0 : precisionSum / documents;
    }

    public double recall() {
        return documents == 0 ? 0 : recallSum / documents;
    }

    public double f1() {
        return documents == 0 ? 0 : f1Sum / documents;
    }

    public int documents() {
        return documents;
    }

    static Map<String, Integer> bag(String text) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) out.merge(m.group(), 1, Integer::sum);
        return out;
    }
}
