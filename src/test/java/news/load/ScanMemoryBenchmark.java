package news.load;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import javax.management.JMException;
import javax.management.ObjectName;
import news.app.MemoryProbe;

/**
 * Benchmark (not a test): heap retained by {@link InputScanner#scan} per input file. Scans the
 * arguments and reads every file of the result; the retained heap is the total of the live-object
 * histogram (what {@code jcmd PID GC.class_histogram} prints, exact whatever the collector) with
 * the result held minus the same without it.
 *
 * <pre>java -cp target/classes:target/test-classes news.load.ScanMemoryBenchmark DIR...</pre>
 */
public final class ScanMemoryBenchmark {
    private ScanMemoryBenchmark() {}

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        InputScanner.Result r;
        MemoryProbe probe = MemoryProbe.start();
        try (probe) {
            r = InputScanner.scan(List.of(args));
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        int n = r.files().size();
        int errors = r.errors().size();
        long check = 0;
        for (InputFile f : r.files()) check = check * 31 + f.id().hashCode() + f.displayPath().length();
        long held = liveHeap();
        check += r.files().size(); // r is live up to here
        r = null;
        long retained = held - liveHeap();
        System.out.printf(Locale.ROOT, "files=%d errors=%d scan_s=%.1f retained_mb=%.1f bytes_per_file=%.1f"
                        + " peak_live_mb=%d check=%x%n", n, errors, secs, retained / 1e6,
                (double) retained / Math.max(1, n), probe.peakLiveBytes() >> 20, check);
    }

    /** Bytes of live objects: the "Total" line of the class histogram (which collects first). */
    private static long liveHeap() {
        try {
            String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            for (String line : histogram.split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length == 3 && f[0].equals("Total")) return Long.parseLong(f[2]);
            }
            throw new IllegalStateException("no Total in the class histogram");
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }
}
