package news.cli;

import news.app.Problems;
import news.progress.Progress;
import picocli.CommandLine.Option;

/** Options every command shares. */
public final class CommonOptions {
    @Option(names = "--debug", description = "Print stack traces for errors.")
    public boolean debug;

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Worker threads (default, or 0: all cores).")
    public int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "No progress and no warnings on stderr (errors still).")
    public boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print a summary of each pass over the inputs on stderr.")
    public boolean verbose;

    @Option(names = "--progress", description = "Show progress even when stderr is not a terminal.")
    public boolean progress;

    /**
     * This run's stderr: progress while stderr is a terminal (or --progress), warnings unless
     * --quiet. Close its {@link Problems#progress()} when the command is done.
     */
    public Problems problems(String command) {
        Progress.Level level = quiet ? Progress.Level.QUIET : verbose ? Progress.Level.VERBOSE : Progress.Level.NORMAL;
        Progress p = Progress.toStderr(command, level, progress); // first: it may replace System.err
        return new Problems(System.err, p);
    }

    /** The worker count to use: -j N, all cores for 0 or less. */
    public int threads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
