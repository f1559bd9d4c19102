package news.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import news.load.Messages;
import news.progress.Progress;

/**
 * Collects the one-line errors and warnings of a run, prints each to stderr as it happens, and
 * decides the exit code: inputs skipped means 3, or 1 when nothing at all could be read. Thread-safe.
 */
public final class Problems {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int SKIPPED = 3;

    private final PrintStream err;
    private final Progress progress;
    private final List<String> skipped = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private volatile boolean anyRead;

    public Problems(PrintStream err) {
        this(err, Progress.OFF);
    }

    /** Reports to {@code err}; the run's passes report to {@code progress} (warnings only if it shows them). */
    public Problems(PrintStream err, Progress progress) {
        this.err = err;
        this.progress = progress;
    }

    /** Where the run's passes over the inputs report how far they are. */
    public Progress progress() {
        return progress;
    }

    /** A silent collector, for tests and library use. */
    public static Problems silent() {
        return new Problems(null);
    }

    /** An input (or part of one) could not be used and was skipped. */
    public synchronized void skipped(String message) {
        message = Messages.oneLine(message);
        skipped.add(message);
        if (err != null) err.println("news: error: " + message);
    }

    /** Something worth knowing that did not stop the input from being used. */
    public synchronized void warn(String message) {
        message = Messages.oneLine(message);
        warnings.add(message);
        if (err != null && progress.showsWarnings()) err.println("news: warning: " + message);
    }

    public synchronized List<String> skippedMessages() {
        return List.copyOf(skipped);
    }

    public synchronized List<String> warningMessages() {
        return List.copyOf(warnings);
    }

    /** A document was read: the run processed something. */
    public void documentRead() {
        if (!anyRead) anyRead = true;
    }

    /** 0 when nothing was skipped; 3 when some inputs were skipped and others read; 1 when inputs were skipped and none read. */
    public synchronized int exitCode() {
        if (skipped.isEmpty()) return OK;
        return anyRead ? SKIPPED : FAILURE;
    }
}
