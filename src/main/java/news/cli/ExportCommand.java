package news.cli;

import java.util.concurrent.Callable;
import news.app.Problems;
import news.progress.Progress;
import news.export.DatabaseExport;
import news.output.AtomicOutput;
import news.output.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "The corpus as a DuckDB database for SQL: articles, removals, quotes, quote groups, "
                + "duplicate clusters and shared passages (README \"Database\"); prints rows per table.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    CorpusArgs io;

    @Option(names = "--db", required = true, paramLabel = "FILE",
            description = "The database file, replaced atomically when it exists (- writes it to stdout).")
    String db;

    @Option(names = {"-f", "--format"}, description = "Summary format: table (default), jsonl, json or csv.")
    OutputFormat format = OutputFormat.TABLE;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        if (db.equals("-") && (io.output == null || io.output.equals("-"))) {
            throw new IllegalArgumentException("--db - writes the database to stdout: give the summary -o FILE");
        }
        Problems problems = common.problems("export");
        try (Progress progress = problems.progress(); AtomicOutput out = AtomicOutput.open(io.output)) {
            int code = DatabaseExport.run(io.paths, db, common.threads(), format, progress.data(out.stream()), problems);
            out.commit();
            return code;
        }
    }
}
