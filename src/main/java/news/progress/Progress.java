package news.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntToLongFunction;
import java.util.function.LongSupplier;

/**
 * Progress of a run on stderr: files done of all, articles, megabytes read of all, MB/s and
 * the time left, redrawn in place on one line a few times a second while stderr is a terminal
 * (or {@code --progress} asks for it), and cleared when the run ends; nothing otherwise.
 * {@code --verbose} adds a summary line per pass; {@code --quiet} turns warnings off too.
 *
 * <p>Our own, not a library (me.tongfei:progressbar pulls in JLine, ~1 MB of classes, and its
 * terminal detection costs tens of milliseconds at start-up, a tenth of {@code news list}):
 * what is needed is one line of counters. Counting costs a {@link LongAdder} increment per
 * document, and nothing at all when progress is off ({@link #OFF}: no thread, no counters).
 * The drawing happens on a daemon thread of its own, so it goes on during stages that read
 * nothing (dedup's clustering) and never slows a worker. While a frame is on the screen, every
 * other write to {@code System.err} first clears it, so messages never land inside a frame.
 */
public final class Progress implements AutoCloseable {
    /** How chatty stderr is. */
    public enum Level { QUIET, NORMAL, VERBOSE }

    /** No progress, warnings shown: library use and tests. */
    public static final Progress OFF = new Progress(null, "", false, Level.NORMAL, null);

    static final long FIRST_FRAME_NANOS = 500_000_000L;
    static final long FRAME_NANOS = 200_000_000L;
    static final int MAX_WIDTH = 79;
    private static final String CLEAR = "\r\033[K";

    private final PrintStream terminal;
    private final String command;
    private final boolean live;
    private final Level level;
    /** The test's clock; null: {@link System#nanoTime} (no lambda to bootstrap at start-up). */
    private final LongSupplier clock;
    private final long started;
    private final Object lock = new Object();
    private volatile Pass current;
    /** Whether a frame is on the screen (guarded by {@link #lock}). */
    private boolean drawn;
    /** Data on the same terminal ended mid-line: no frame now, it would overwrite that line (guarded). */
    private boolean dataMidLine;
    private long lastFrame;
    private Thread ticker;
    /** The last total size measured, and of which files (ticker thread only). */
    private IntToLongFunction measuredSizes;
    private long measuredTotal;
    private PrintStream previousErr;
    private boolean closed;

    Progress(PrintStream terminal, String command, boolean live, Level level, LongSupplier clock) {
        this.terminal = terminal;
        this.command = command;
        this.live = live && terminal != null;
        this.level = level;
        this.clock = clock;
        this.started = now();
        this.lastFrame = started - FRAME_NANOS;
    }

    /**
     * The progress of {@code command} on standard error: drawn when stderr is a terminal or
     * {@code force}, never when {@code level} is QUIET. While drawing, {@code System.err} is
     * replaced by a stream that clears the frame before each write, until {@link #close}.
     */
    public static Progress toStderr(String command, Level level, boolean force) {
        boolean live = level != Level.QUIET && (force || Terminal.stderrIsTerminal());
        if (!live && level == Level.NORMAL) return OFF;
        Progress p = new Progress(System.err, command, live, level, null);
        if (live) p.start();
        return p;
    }

    private void start() {
        previousErr = System.err;
        System.setErr(new PrintStream(new ClearingStream(terminal), true, StandardCharsets.UTF_8));
        ticker = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(50);
                    tick();
                }
            } catch (InterruptedException e) {
                // closed
            }
        }, "news-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    private long now() {
        return clock == null ? System.nanoTime() : clock.getAsLong();
    }

    /**
     * The command's data stream, {@code out}, made safe to share the screen with the frames:
     * when stdout is a terminal too, each write first clears the frame, and no frame is drawn
     * while the data ends mid-line (so the progress line floats below the data). Otherwise
     * {@code out} itself.
     */
    public OutputStream data(OutputStream out) {
        return data(out, live && Terminal.stdoutIsTerminal());
    }

    /** As above; {@code sameTerminal}: whether stdout is the terminal the frames are on. */
    OutputStream data(OutputStream out, boolean sameTerminal) {
        return sameTerminal && live ? new DataStream(out) : out;
    }

    /** Whether warnings go to stderr (not with --quiet). */
    public boolean showsWarnings() {
        return level != Level.QUIET;
    }

    /**
     * Starts a pass over {@code totalFiles} input files (the previous one, if any, is over).
     * {@code label} says what the pass does: "scanning", "cleaning", "reading";
     * {@code sizeOf} gives file {@code i}'s size on disk (0 when unknown). It is asked only
     * while progress is shown: for each file done, and for all files once, on the drawing
     * thread, to know the total (the same function gives the total of the next pass too).
     */
    public Pass pass(String label, int totalFiles, IntToLongFunction sizeOf) {
        if (this == OFF) return Pass.NONE;
        Pass p = new Pass(this, label, totalFiles, sizeOf, now());
        current = p;
        return p;
    }

    /** The total size of the pass's files, summed once per size function. */
    private void measure(Pass p) {
        if (p.totalBytes >= 0) return;
        if (p.sizeOf == measuredSizes) {
            p.totalBytes = measuredTotal;
            return;
        }
        long total = 0;
        for (int i = 0; i < p.totalFiles; i++) total += Math.max(0, p.sizeOf.applyAsLong(i));
        measuredSizes = p.sizeOf;
        measuredTotal = total;
        p.totalBytes = total;
    }

    /** Draws a frame when one is due; the ticker thread calls it, tests call it with their clock. */
    void tick() {
        if (!live) return;
        Pass p = current;
        if (p != null && !p.ended) measure(p); // outside the lock: a million files take a while
        long now = now();
        synchronized (lock) {
            if (closed || dataMidLine || now - started < FIRST_FRAME_NANOS || now - lastFrame < FRAME_NANOS) return;
            lastFrame = now;
            terminal.print(CLEAR + fit(frame(now)));
            terminal.flush();
            drawn = true;
        }
    }

    /** What the line says at {@code now}. */
    String frame(long now) {
        Pass p = current;
        if (p == null) return command + ": starting… " + clockTime(now - started);
        if (p.ended) {
            return command + ": " + p.documents.sum() + " articles read, working… " + clockTime(now - started);
        }
        long files = p.files.sum();
        long docs = p.documents.sum();
        long bytes = p.bytes.sum();
        long total = p.totalBytes;
        long elapsed = now - p.started;
        StringBuilder b = new StringBuilder(96);
        b.append(command).append(": ").append(p.label).append(' ').append(files).append('/').append(p.totalFiles)
                .append(" files");
        // Articles only when they are not the files (JSON Lines, WARC: many a file).
        if (docs != files) b.append(" · ").append(docs).append(docs == 1 ? " article" : " articles");
        b.append(" · ").append(megabytes(bytes));
        if (total > 0) b.append('/').append(megabytes(total));
        b.append(" MB");
        if (elapsed >= 100_000_000L) b.append(" · ").append(megabytes(bytes * 1_000_000_000L / elapsed)).append(" MB/s");
        // Time left from the bytes (files differ in size: an HTML page takes longer than a
        // text file), else from the files.
        long left = -1;
        if (total > 0 && bytes > 0 && bytes < total) {
            left = (long) ((total - bytes) * (elapsed / (double) bytes));
        } else if (total <= 0 && files > 0 && p.totalFiles > 1 && files < p.totalFiles) {
            left = (long) ((p.totalFiles - files) * (elapsed / (double) files));
        }
        if (left >= 0) b.append(" · ETA ").append(clockTime(left));
        return b.toString();
    }

    /** Bytes as megabytes with one decimal (1.5), without the Formatter. */
    static String megabytes(long bytes) {
        long tenths = (bytes + 50_000) / 100_000;
        return tenths / 10 + "." + tenths % 10;
    }

    private static String fit(String frame) {
        return frame.length() <= MAX_WIDTH ? frame : frame.substring(0, MAX_WIDTH - 1) + "…";
    }

    /** 0:07, 12:34, 1:02:03. */
    static String clockTime(long nanos) {
        long s = Math.max(0, nanos / 1_000_000_000L);
        if (s < 3600) return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    /** A pass is over: with --verbose, its summary line. */
    void ended(Pass p) {
        if (level != Level.VERBOSE || terminal == null) return;
        long now = now();
        double seconds = (now - p.started) / 1e9;
        double mb = p.bytes.sum() / 1e6;
        println(String.format(Locale.ROOT, "news: %s: %s %d files (%.1f MB), %d articles in %.1f s (%.1f MB/s)",
                command, p.label, p.files.sum(), mb, p.documents.sum(), seconds, seconds > 0 ? mb / seconds : 0.0));
    }

    /** A message line on stderr, after clearing the frame. */
    void println(String line) {
        synchronized (lock) {
            clearFrame();
            terminal.println(line);
            terminal.flush();
        }
    }

    private void clearFrame() {
        if (drawn) {
            terminal.print(CLEAR);
            drawn = false;
        }
    }

    /** Stops drawing, clears the line, gives {@code System.err} back; with --verbose, the total time. */
    @Override
    public void close() {
        if (this == OFF) return;
        synchronized (lock) {
            if (closed) return;
            closed = true;
            clearFrame();
            terminal.flush();
        }
        if (ticker != null) ticker.interrupt();
        if (previousErr != null) System.setErr(previousErr);
        if (level == Level.VERBOSE) {
            terminal.println(String.format(Locale.ROOT, "news: %s: done in %.1f s", command,
                    (now() - started) / 1e9));
            terminal.flush();
        }
    }

    /** Counters of one pass over the inputs; thread-safe. */
    public static final class Pass implements AutoCloseable {
        static final Pass NONE = new Pass(null, "", 0, null, 0);

        private final Progress owner;
        final String label;
        final int totalFiles;
        final long started;
        /** Null in {@link #NONE}, which counts nothing. */
        final LongAdder files;
        final LongAdder documents;
        final LongAdder bytes;
        final IntToLongFunction sizeOf;
        /** Size of all the pass's files on disk; -1 until measured. */
        volatile long totalBytes = -1;
        volatile boolean ended;

        private Pass(Progress owner, String label, int totalFiles, IntToLongFunction sizeOf, long started) {
            this.owner = owner;
            this.label = label;
            this.totalFiles = totalFiles;
            this.sizeOf = sizeOf;
            this.started = started;
            this.files = owner == null ? null : new LongAdder();
            this.documents = owner == null ? null : new LongAdder();
            this.bytes = owner == null ? null : new LongAdder();
        }

        /** Input file number {@code index} is done. */
        public void file(int index) {
            if (owner == null) return;
            files.increment();
            bytes.add(Math.max(0, sizeOf.applyAsLong(index)));
        }

        /** One document is done. */
        public void document() {
            if (owner != null) documents.increment();
        }

        /** The pass is over. */
        @Override
        public void close() {
            if (owner == null || ended) return;
            ended = true;
            owner.ended(this);
        }
    }

    /** Data to the terminal the frames are on (see {@link #data}). */
    private final class DataStream extends OutputStream {
        private final OutputStream out;

        DataStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            synchronized (lock) {
                clearFrame();
                terminal.flush();
                out.write(b);
                dataMidLine = b != '\n';
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len == 0) return;
            synchronized (lock) {
                clearFrame();
                terminal.flush();
                out.write(b, off, len);
                dataMidLine = b[off + len - 1] != '\n';
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** The stream behind {@code System.err} while frames are drawn: clears the frame before each write. */
    private final class ClearingStream extends OutputStream {
        private final PrintStream out;

        ClearingStream(PrintStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            synchronized (lock) {
                clearFrame();
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (lock) {
                clearFrame();
                out.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
