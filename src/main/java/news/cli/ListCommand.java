package news.cli;

import java.util.List;
import java.util.concurrent.Callable;
import news.app.ListService;
import news.app.Problems;
import news.output.AtomicOutput;
import news.output.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Show the corpus at a glance: a row per article.")
public final class ListCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or directories (default: corpus/); - reads one article from stdin.")
    List<String> paths = List.of("corpus");

    @Option(names = {"-f", "--format"}, description = "table, jsonl, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TABLE;

    @Option(names = "--sort", paramLabel = "FIELD",
            description = "Sort by a column: id, site, title, words, paragraphs, removed_share, problems.")
    String sort;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    String output;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        Problems problems = new Problems(System.err);
        try (AtomicOutput out = AtomicOutput.open(output)) {
            int code = ListService.run(paths, format, sort, out.stream(), problems, common.threads());
            out.commit();
            return code;
        }
    }
}
