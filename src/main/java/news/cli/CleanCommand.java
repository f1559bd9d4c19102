package news.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import news.app.CleanService;
import news.app.Problems;
import news.output.AtomicOutput;
import news.output.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "clean", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Clean articles: strip leaked code and site chrome, find title, byline and credits.")
public final class CleanCommand implements Callable<Integer> {
    @Mixin
    CorpusArgs io;

    @Option(names = {"-f", "--format"}, description = "jsonl (default), json, csv or table.")
    OutputFormat format = OutputFormat.JSONL;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Write one <id>.json per article into DIR (unsafe or long ids: a safe name with a hash "
                    + "suffix); stdout lists id, path and file of each.")
    Path outDir;

    @Option(names = "--explain", description = "Print, per article, what was removed and why.")
    boolean explain;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        Problems problems = new Problems(System.err);
        int threads = common.threads();
        if (explain) {
            common.refuseFormat("--explain (it writes a report for people)");
            common.refuseOutputName(io.output, null, "--explain");
        }
        OutputFormat format = common.format(this.format, io.output, OutputFormat.JSONL);
        try (AtomicOutput out = AtomicOutput.open(io.output)) {
            if (outDir != null) {
                int code = CleanService.runToDirectory(io.paths, outDir, format, out.stream(), problems, threads);
                out.commit();
                return code;
            }
            int code = explain ? CleanService.explain(io.paths, out.stream(), problems, threads)
                    : CleanService.run(io.paths, format, out.stream(), problems, threads);
            out.commit();
            return code;
        }
    }
}
