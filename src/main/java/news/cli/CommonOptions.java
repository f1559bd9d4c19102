package news.cli;

import news.output.OutputFormat;
import picocli.CommandLine.Option;

/** Options every command shares. */
public final class CommonOptions {
    @Option(names = "--debug", description = "Print stack traces for errors.")
    public boolean debug;

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Worker threads (default, or 0: all cores).")
    public int threads = Runtime.getRuntime().availableProcessors();

    /** The worker count to use: -j N, all cores for 0 or less. */
    public int threads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
