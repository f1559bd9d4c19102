package news.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import news.app.BenchService;
import news.app.Problems;
import news.eval.CorpusGenerator;
import news.output.AtomicOutput;
import news.output.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Measure throughput and memory of each task on generated corpora of growing size.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--sources", paramLabel = "DIR", description = "Benchmark sources (default: ${DEFAULT-VALUE}).")
    Path sources = Path.of("../shared/bench");

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Where generated corpora are cached (default: ${DEFAULT-VALUE}).")
    Path workDir = Path.of("target/bench-corpora");

    @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Corpus sizes (default: 1000,10000).")
    List<Integer> sizes = List.of(1000, 10000);

    @Option(names = "--tasks", split = ",", paramLabel = "TASK",
            description = "Tasks: clean-text, clean-jsonl, clean-html, list, list-jsonl, quotes, quotes-jsonl, dedup (default: clean-text).")
    List<String> tasks = List.of("clean-text");

    @Option(names = "--size", description = "full or short articles (default: ${DEFAULT-VALUE}).")
    CorpusGenerator.Size size = CorpusGenerator.Size.FULL;

    @Option(names = {"-f", "--format"}, description = "table, jsonl, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TABLE;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        for (int n : sizes) OptionRanges.check(common.spec, "--sizes", n, 1, 100_000_000);
        Problems problems = new Problems(System.err);
        boolean tty = System.console() != null;
        try (AtomicOutput out = AtomicOutput.open(null)) {
            int code = BenchService.run(new BenchService.Options(sources, workDir, sizes, tasks, size, common.threads()),
                    format, out.stream(), msg -> {
                        if (tty) System.err.println("news: " + news.load.Messages.oneLine(msg));
                    }, problems);
            out.commit();
            return code;
        }
    }
}
