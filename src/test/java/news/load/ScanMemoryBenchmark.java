package news.load;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import news.app.MemoryProbe;

/**
 * Benchmark (not a test): heap retained by {@link InputScanner#scan} per input file. Scans the
 * arguments, forces collections, prints the live heap it keeps and the peak live heap during the
 * scan, then walks every file of the result (so the result is still reachable when measured).
 *
 * <pre>java -cp target/classes:target/test-classes news.load.ScanMemoryBenchmark DIR...</pre>
 */
public final class ScanMemoryBenchmark {
    private ScanMemoryBenchmark() {}

    public static void main(String[] args) {
        long base = liveHeap();
        long t0 = System.nanoTime();
        InputScanner.Result r;
        MemoryProbe probe = MemoryProbe.start();
        try (probe) {
            r = InputScanner.scan(List.of(args));
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        long retained = liveHeap() - base;
        int n = r.files().size();
        long check = 0;
        for (InputFile f : r.files()) check = check * 31 + f.id().hashCode() + f.displayPath().length();
        System.out.printf(Locale.ROOT, "files=%d errors=%d scan_s=%.1f retained_mb=%.1f bytes_per_file=%.1f"
                        + " peak_live_mb=%d check=%x%n", n, r.errors().size(), secs, retained / 1e6,
                (double) retained / Math.max(1, n), probe.peakLiveBytes() >> 20, check);
    }

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
