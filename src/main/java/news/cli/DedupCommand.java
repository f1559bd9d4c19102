package news.cli;

import java.util.List;
import java.util.concurrent.Callable;
import news.output.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** PLACEHOLDER: `news dedup` is being built (see its issue). */
@Command(name = "dedup", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Not implemented yet.")
public final class DedupCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories (default: corpus/).")
    List<String> paths = List.of("corpus");

    @Option(names = {"-f", "--format"}, description = "table, jsonl, json or csv.")
    OutputFormat format = OutputFormat.TABLE;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        System.err.println("news: dedup is not implemented yet");
        return 1;
    }
}
