package news.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import news.app.CleanService;
import news.app.Problems;
import news.output.AtomicOutput;
import news.output.OutputFormat;
import news.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "clean", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Clean articles: strip leaked code and site chrome, find title, byline and credits.")
public final class CleanCommand implements Callable<Integer> {
    @Mixin
    CorpusArgs io;

    @Option(names = {"-f", "--format"}, description = "jsonl (default), json, csv, table; markdown or txt: each article as a document (title, then the body).")
    OutputFormat format = OutputFormat.JSONL;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Write one file per article into DIR: <id>.json, or <id>.md, <id>.txt with --format markdown, txt "
                    + "(unsafe or long ids: a safe name with a hash suffix); stdout lists id, path and file of each.")
    Path outDir;

    @Option(names = "--explain", description = "Print, per article, what was removed and why.")
    boolean explain;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        Problems problems = common.problems("clean");
        int threads = common.threads();
        if (explain) {
            common.refuseFormat("--explain (it writes a report for people)");
            common.refuseOutputName(io.output, null, "--explain");
        }
        OutputFormat format = common.format(this.format, io.output, OutputFormat.JSONL);
        try (Progress progress = problems.progress(); AtomicOutput out = AtomicOutput.open(io.output)) {
            if (outDir != null) {
                int code = CleanService.runToDirectory(io.paths, outDir, format, progress.data(out.stream()), problems, threads);
                out.commit();
                return code;
            }
            int code = explain ? CleanService.explain(io.paths, progress.data(out.stream()), problems, threads)
                    : CleanService.run(io.paths, format, progress.data(out.stream()), problems, threads);
            out.commit();
            return code;
        }
    }
}
