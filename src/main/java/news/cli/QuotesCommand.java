package news.cli;

import java.util.List;
import java.util.concurrent.Callable;
import news.output.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** PLACEHOLDER: `news quotes` is being built (see its issue). */
@Command(name = "quotes", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Not implemented yet.")
public final class QuotesCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories (default: corpus/).")
    List<String> paths = List.of("corpus");

    @Option(names = {"-f", "--format"}, description = "table, jsonl, json or csv.")
    OutputFormat format = OutputFormat.TABLE;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        System.err.println("news: quotes is not implemented yet");
        return 1;
    }
}
