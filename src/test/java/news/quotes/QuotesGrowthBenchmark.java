package news.quotes;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Does quote extraction stay linear on adversarial articles? For each shape (an article built
 * from a repeated paragraph or sentence), extracts at 0.25, 0.5, 1 and 2 MB and prints the
 * process CPU time per MB (garbage collection included: millions of small live objects in one
 * article make every young collection copy them, which shows as growth here, not in a profile).
 * The last column is the CPU per MB at 4 MB over that at the smallest size timed at 50 ms or more:
 * about 1 when linear, up to 8 when quadratic (CPU time is counted in 10 ms ticks).
 *
 * <pre>
 *   mvn -q -B -DskipTests package test-compile
 *   java -XX:+UseParallelGC -cp target/news.jar:target/test-classes news.quotes.QuotesGrowthBenchmark [shape-substring]
 * </pre>
 */
public final class QuotesGrowthBenchmark {
    private static final double[] SIZES_MB = {0.5, 1, 2, 4};

    private QuotesGrowthBenchmark() {}

    /** Shape name -> paragraphs of about the given number of characters. */
    static Map<String, IntFunction<List<String>>> shapes() {
        Map<String, IntFunction<List<String>>> m = new LinkedHashMap<>();
        m.put("one-word-paragraphs", chars -> paragraphs(chars, i -> "a"));
        m.put("capitalised-word-paragraphs", chars -> paragraphs(chars, i -> "Smith"));
        m.put("quote-only-paragraphs", chars -> paragraphs(chars, i -> "“a”"));
        m.put("said-paragraphs", chars -> paragraphs(chars, i -> "“Go,” said Ann Lee."));
        // Many people sharing one surname, first initials cycling through more letters than any window.
        m.put("same-surname-many-initials", chars -> paragraphs(chars, i -> initial(i) + "ax Smith said: “Yes.”"));
        // One person whose first name keeps changing (a new spelling variant each time).
        m.put("same-person-new-first-names", chars -> paragraphs(chars, i -> "A" + letters(i) + " Smith said: “Yes.”"));
        // One person whose surname drifts by one letter at a time (each new key is a fuzzy match of the last).
        m.put("drifting-surname", chars -> paragraphs(chars, i -> "Ann Kowalski" + letters(i / 2) + letters((i + 1) / 2)
                + " said: “Yes.”"));
        // One person whose surname drifts by a letter from each mention to the next (a chain of fuzzy matches).
        m.put("one-person-surname-chain", chars -> paragraphs(chars, i -> "Ann Kowalski" + letters(i) + " said: “Yes.”"));
        // Descriptions early in the article, then many people named after them.
        m.put("descriptions-then-people", chars -> paragraphs(chars, i -> i % 2 == 0 ? "The president said: “Go.”"
                : initial(i) + "ax Smith, a minister, spoke."));
        m.put("pronoun-quotes-no-sentence-end", chars -> List.of(repeat(chars, "Ann Lee said “x” and he said “y” ")));
        m.put("said-chain-one-paragraph", chars -> List.of(repeat(chars, "“Go,” said Ann Lee, the president. ")));
        m.put("capitalised-run-one-paragraph", chars -> List.of(repeat(chars, "Aaa Bbb ")));
        m.put("pronoun-quotes-one-paragraph", chars -> List.of(repeat(chars, "He said “x” and she said “y”. ")));
        return m;
    }

    /** An upper-case letter from a pool of about 200 (Latin, Latin-1, Greek, Cyrillic). */
    static String initial(int i) {
        StringBuilder pool = new StringBuilder();
        for (char c = 'A'; c <= 'Z'; c++) pool.append(c);
        for (char c = 'À'; c <= 'Þ'; c++) if (Character.isUpperCase(c)) pool.append(c);
        for (char c = 'Α'; c <= 'Ω'; c++) if (Character.isUpperCase(c)) pool.append(c);
        for (char c = 'А'; c <= 'Я'; c++) pool.append(c);
        for (char c = 'Ѐ'; c <= 'Џ'; c++) pool.append(c);
        return String.valueOf(pool.charAt(i % pool.length()));
    }

    /** Three lower-case letters counting in base 26 ("aaa", "aab", ...). */
    static String letters(int i) {
        return "" + (char) ('a' + i / 676 % 26) + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26);
    }

    static List<String> paragraphs(int chars, IntFunction<String> paragraph) {
        List<String> out = new ArrayList<>();
        int n = 0;
        for (int i = 0; n < chars; i++) {
            String p = paragraph.apply(i);
            out.add(p);
            n += p.length() + 2;
        }
        return out;
    }

    static String repeat(int chars, String unit) {
        StringBuilder sb = new StringBuilder(chars + unit.length());
        while (sb.length() < chars) sb.append(unit);
        return sb.toString().strip();
    }

    public static void main(String[] args) {
        String filter = args.length > 0 ? args[0] : "";
        QuoteExtractor extractor = new QuoteExtractor(true);
        System.out.printf(Locale.ROOT, "%-30s %9s %9s %9s %9s %8s %6s%n", "shape (cpu ms, GC included)", "0.5MB",
                "1MB", "2MB", "4MB", "ms/MB@4", "growth");
        for (Map.Entry<String, IntFunction<List<String>>> e : shapes().entrySet()) {
            if (!e.getKey().contains(filter)) continue;
            double[] ms = new double[SIZES_MB.length];
            for (int round = 0; round < 2; round++) { // the first round warms the JIT up
                for (int i = 0; i < SIZES_MB.length; i++) {
                    List<String> paragraphs = e.getValue().apply((int) (SIZES_MB[i] * (1 << 20)));
                    ms[i] = best(extractor, paragraphs, 3);
                }
            }
            // Reference: the smallest size timed at 50 ms or more (10 ms ticks make smaller times coarse).
            int ref = 0;
            while (ref < SIZES_MB.length - 1 && ms[ref] < 50) ref++;
            String growth = ref == SIZES_MB.length - 1 ? "-" : String.format(Locale.ROOT, "%.2f",
                    (ms[3] / SIZES_MB[3]) / (ms[ref] / SIZES_MB[ref]));
            System.out.printf(Locale.ROOT, "%-30s %9.1f %9.1f %9.1f %9.1f %8.1f %6s%n", e.getKey(), ms[0], ms[1], ms[2],
                    ms[3], ms[3] / SIZES_MB[3], growth);
        }
    }

    /** Least process CPU time (all threads, so the collector's work counts) of a few runs, in ms. */
    private static double best(QuoteExtractor extractor, List<String> paragraphs, int runs) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double best = Double.MAX_VALUE;
        for (int r = 0; r < runs; r++) {
            long c0 = os.getProcessCpuTime();
            extractor.extract("growth", paragraphs);
            best = Math.min(best, (os.getProcessCpuTime() - c0) / 1e6);
        }
        return best;
    }
}
