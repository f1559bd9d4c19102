package news.cli;

import news.output.OutputFormat;
import picocli.CommandLine.Option;

/** Options every command shares. */
public final class CommonOptions {
    @Option(names = "--debug", description = "Print stack traces for errors.")
    public boolean debug;

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Worker threads (default: all cores).")
    public int threads = Runtime.getRuntime().availableProcessors();
}
