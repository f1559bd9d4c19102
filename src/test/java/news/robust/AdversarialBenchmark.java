package news.robust;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import news.clean.RepetitionIndex;
import news.clean.TextCleaner;
import news.model.SourceDocument;

/**
 * Prints, per adversarial pattern and per component, the time to process 0.25, 0.5, 1 and 2 MB
 * and the time per MB. Linear code keeps ms/MB flat: the last column (ms/MB at 2 MB divided by
 * ms/MB at 0.25 MB) stays near 1; a quadratic scan shows about 8, a backtracking regex far more.
 *
 * <pre>
 *   mvn -q -B -DskipTests package test-compile
 *   java -cp target/news.jar:target/test-classes news.robust.AdversarialBenchmark [pattern-substring]
 * </pre>
 */
public final class AdversarialBenchmark {
    private static final double[] SIZES_MB = {0.25, 0.5, 1, 2};
    /** A row is flagged when its growth ratio passes this (2x noise margin over linear). */
    private static final double FLAG = 2.5;

    private AdversarialBenchmark() {}

    /** A component under test: text in, anything out. */
    record Component(String name, Function<SourceDocument, Object> run) {}

    static List<Component> components() {
        List<Component> c = new ArrayList<>();
        TextCleaner cleaner = new TextCleaner();
        c.add(new Component("cleaner", d -> cleaner.clean(d, RepetitionIndex.empty())));
        c.addAll(Extractors.optional());
        return c;
    }

    public static void main(String[] args) {
        String filter = args.length > 0 ? args[0] : "";
        List<Component> components = components();
        System.out.printf(Locale.ROOT, "%-24s %-8s %9s %9s %9s %9s %8s %6s%n", "pattern", "part", "0.25MB",
                "0.5MB", "1MB", "2MB", "ms/MB@2", "growth");
        int flagged = 0;
        for (String pattern : Adversarial.names()) {
            if (!pattern.contains(filter)) continue;
            for (Component comp : components) {
                double[] ms = new double[SIZES_MB.length];
                for (int i = 0; i < SIZES_MB.length; i++) {
                    SourceDocument doc = Adversarial.doc(pattern, Adversarial.text(pattern, (int) (SIZES_MB[i] * (1 << 20))));
                    comp.run().apply(doc); // warm-up at this size
                    ms[i] = best(comp, doc, SIZES_MB[i] < 1 ? 3 : 2);
                }
                double perMbSmall = ms[0] / SIZES_MB[0];
                double perMbLarge = ms[ms.length - 1] / SIZES_MB[SIZES_MB.length - 1];
                double growth = perMbLarge / Math.max(perMbSmall, 0.05);
                boolean flag = growth > FLAG && ms[ms.length - 1] > 50;
                if (flag) flagged++;
                System.out.printf(Locale.ROOT, "%-24s %-8s %9.1f %9.1f %9.1f %9.1f %8.1f %6.2f%s%n", pattern, comp.name(),
                        ms[0], ms[1], ms[2], ms[3], perMbLarge, growth, flag ? "  <-- superlinear?" : "");
            }
        }
        System.out.println(flagged == 0 ? "all rows linear (growth <= " + FLAG + " or under 50 ms)"
                : flagged + " row(s) grow faster than linear");
    }

    private static double best(Component comp, SourceDocument doc, int runs) {
        double best = Double.MAX_VALUE;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            comp.run().apply(doc);
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
        }
        return best;
    }
}
