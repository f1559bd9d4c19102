package news.cli;

import java.util.concurrent.Callable;
import news.app.Problems;
import news.progress.Progress;
import news.output.AtomicOutput;
import news.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "One self-contained HTML page to look at: corpus overview, duplicate clusters with word "
                + "diffs, shared passages, the same statement across outlets, statements per speaker and outlet.")
public final class ReportCommand implements Callable<Integer> {
    @Mixin
    CorpusArgs io;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        Problems problems = common.problems("report");
        try (Progress progress = problems.progress(); AtomicOutput out = AtomicOutput.open(io.output)) {
            int code = HtmlReport.run(io.paths, common.threads(), progress.data(out.stream()), problems);
            out.commit();
            return code;
        }
    }
}
