package news.load.html;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Extractors timed against each other on the same pages in the same JVM, robust to other load
 * on a shared machine: warm-up rounds of every contender first (the JIT compiles jsoup for
 * both), then interleaved rounds (the order rotates each round, a collection runs before each
 * timed pass so no contender pays for another's garbage), and the median round counts.
 *
 * <p>Two clocks: the CPU time of the measuring thread (the work itself; other processes and the
 * collector's threads do not count) and the CPU time of the whole process (that work plus the
 * garbage collection and JIT compilation it causes). Wall time is printed for reference only:
 * on a loaded machine it measures the load.
 */
final class SpeedComparison {
    private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** One extractor: page index to its text (a failure counts as an empty text). */
    record Contender(String name, IntFunction<String> extract) {}

    /** Seconds per round on each clock, and the outputs of the last round. */
    record Timing(String name, double[] threadCpu, double[] processCpu, double[] wall, List<String> out) {
        double medianThreadCpu() {
            return median(threadCpu);
        }

        double medianProcessCpu() {
            return median(processCpu);
        }

        double medianWall() {
            return median(wall);
        }
    }

    private SpeedComparison() {}

    /** Runs every contender {@code warmup} times, then {@code rounds} interleaved timed rounds. */
    static Map<String, Timing> race(List<Contender> contenders, int pages, int warmup, int rounds) {
        for (int w = 0; w < warmup; w++) for (Contender c : contenders) pass(c, pages);
        int n = contenders.size();
        double[][] thread = new double[n][rounds], process = new double[n][rounds], wall = new double[n][rounds];
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(List.of());
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < n; k++) {
                int i = (r + k) % n;
                System.gc();
                long t0 = THREAD.getCurrentThreadCpuTime(), p0 = PROCESS.getProcessCpuTime(), w0 = System.nanoTime();
                List<String> o = pass(contenders.get(i), pages);
                thread[i][r] = (THREAD.getCurrentThreadCpuTime() - t0) / 1e9;
                process[i][r] = (PROCESS.getProcessCpuTime() - p0) / 1e9;
                wall[i][r] = (System.nanoTime() - w0) / 1e9;
                out.set(i, o);
            }
        }
        Map<String, Timing> result = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            result.put(contenders.get(i).name(), new Timing(contenders.get(i).name(), thread[i], process[i], wall[i], out.get(i)));
        }
        return result;
    }

    private static List<String> pass(Contender c, int pages) {
        List<String> out = new ArrayList<>(pages);
        for (int p = 0; p < pages; p++) {
            String s;
            try {
                s = c.extract().apply(p);
            } catch (RuntimeException e) {
                s = "";
            }
            out.add(s == null ? "" : s);
        }
        return out;
    }

    /** Pages per second of each contender, and the ratio of {@code ours} to {@code peer} on each clock. */
    static void print(Map<String, Timing> t, int pages, String ours, String peer, int warmup, int rounds) {
        System.out.printf(Locale.ROOT, "speed on %d pages, median of %d interleaved rounds after %d warm-up rounds"
                + " (pages/s; thread CPU | process CPU incl. GC+JIT | wall, for reference):%n", pages, rounds, warmup);
        for (Timing x : t.values()) {
            System.out.printf(Locale.ROOT, "  %-44s %7.1f | %7.1f | %7.1f%n", x.name(), pages / x.medianThreadCpu(),
                    pages / x.medianProcessCpu(), pages / x.medianWall());
        }
        Timing o = t.get(ours), p = t.get(peer);
        if (o == null || p == null) return;
        System.out.printf(Locale.ROOT, "speed ratio %s / %s: %.2fx thread CPU (rounds %s), %.2fx process CPU, %.2fx wall%n",
                ours, peer, p.medianThreadCpu() / o.medianThreadCpu(), range(p.threadCpu(), o.threadCpu()),
                p.medianProcessCpu() / o.medianProcessCpu(), p.medianWall() / o.medianWall());
    }

    /** The lowest and highest per-round ratio, "2.9-3.3x". */
    private static String range(double[] peer, double[] ours) {
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (int r = 0; r < ours.length; r++) {
            double x = peer[r] / ours[r];
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        return String.format(Locale.ROOT, "%.2f-%.2fx", lo, hi);
    }

    static double median(double[] xs) {
        double[] a = xs.clone();
        Arrays.sort(a);
        int n = a.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
    }
}
