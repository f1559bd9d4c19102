package news.cli;

import news.output.OutputFormat;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import news.app.Problems;
import news.progress.Progress;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every command shares. */
public final class CommonOptions {
    /** Largest -j accepted; more workers than this is a typo, not a plan. */
    static final int MAX_THREADS_OPTION = 1024;
    /** Workers actually started per core at most: the work is CPU-bound, more only costs memory. */
    static final int THREADS_PER_CORE = 4;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--debug", description = "Print stack traces for errors.")
    public boolean debug;

    private int threads = Runtime.getRuntime().availableProcessors();

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

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Worker threads (default, or 0: all cores; at most 4 per core are started).")
    void setThreads(int n) {
        threads = OptionRanges.check(spec, "-j/--threads", n, 0, MAX_THREADS_OPTION);
    }

    /** The worker count to use: -j N, all cores for 0, at most {@link #THREADS_PER_CORE} per core. */
    public int threads() {
        int cores = Runtime.getRuntime().availableProcessors();
        return threads > 0 ? Math.min(threads, THREADS_PER_CORE * cores) : cores;
    }

    /**
     * The output format: {@code --format} when given; else the one the extension of {@code -o
     * FILE} names (out.csv, out.json, out.jsonl, ...); else {@code fallback}.
     */
    OutputFormat format(OutputFormat given, String output, OutputFormat fallback) {
        if (formatGiven()) return given;
        OutputFormat byName = output == null ? null : OutputFormat.ofFileName(output);
        return byName != null ? byName : fallback;
    }

    /** Whether {@code -f/--format} is on the command line. */
    boolean formatGiven() {
        CommandLine.ParseResult r = spec.commandLine().getParseResult();
        return r != null && r.hasMatchedOption("--format");
    }

    /**
     * A usage error when {@code -o FILE}'s extension names a format other than {@code written}
     * (null: a report for people) where the format cannot be chosen: say so, rather than write
     * a report into out.csv.
     */
    void refuseOutputName(String output, OutputFormat written, String where) {
        OutputFormat named = output == null ? null : OutputFormat.ofFileName(output);
        if (named != null && named != written) {
            throw new CommandLine.ParameterException(spec.commandLine(), where + " writes "
                    + (written == null ? "a report for people" : written.toString()) + ", not the " + named
                    + " that -o " + output + " names");
        }
    }

    /** A usage error when {@code --format} is given where it has no effect (say so, rather than ignore it). */
    void refuseFormat(String where) {
        if (formatGiven()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format has no effect with " + where);
        }
    }
}
