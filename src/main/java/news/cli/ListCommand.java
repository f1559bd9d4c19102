package news.cli;

import java.util.concurrent.Callable;
import news.app.ListService;
import news.app.Problems;
import news.output.AtomicOutput;
import news.output.OutputFormat;
import news.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Show the corpus at a glance: a row per article.")
public final class ListCommand implements Callable<Integer> {
    @Mixin
    CorpusArgs io;

    @Option(names = {"-f", "--format"}, description = "table, jsonl, json, csv or markdown (a pipe table) (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TABLE;

    @Option(names = "--sort", paramLabel = "FIELD",
            description = "Sort by a column: id, site, title, words, paragraphs, removed_share, problems.")
    String sort;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        Problems problems = common.problems("list");
        try (Progress progress = problems.progress(); AtomicOutput out = AtomicOutput.open(io.output)) {
            int code = ListService.run(io.paths, common.format(format, io.output, OutputFormat.TABLE), sort, progress.data(out.stream()), problems, common.threads());
            out.commit();
            return code;
        }
    }
}
