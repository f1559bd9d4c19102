package news.cli;

import java.util.List;
import java.util.concurrent.Callable;
import news.app.DedupService;
import news.app.Problems;
import news.dedup.DedupOptions;
import news.dedup.LshParams;
import news.output.AtomicOutput;
import news.output.OutputFormat;
import news.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "dedup", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Find exact and near-duplicate articles (MinHash + LSH, verified by exact Jaccard and "
                + "containment) and passages shared by different stories.")
public final class DedupCommand implements Callable<Integer> {
    /** What {@code --keep} keeps. */
    enum Keep { canonical }

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories (default: corpus/).")
    List<String> paths = List.of("corpus");

    @Option(names = {"-f", "--format"}, description = "table (default), jsonl, json or csv (cluster members only).")
    OutputFormat format = OutputFormat.TABLE;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    String output;

    @Option(names = "--threshold", paramLabel = "J",
            description = "Jaccard of word shingles at which two articles are near-duplicates (default: ${DEFAULT-VALUE}).")
    double threshold = DedupOptions.DEFAULT_THRESHOLD;

    @Option(names = "--containment", paramLabel = "C",
            description = "Share of the shorter article's shingles in the longer at which it is a shortened copy (default: ${DEFAULT-VALUE}).")
    double containment = DedupOptions.DEFAULT_CONTAINMENT;

    @Option(names = "--shingle", paramLabel = "K", description = "Words per shingle (default: ${DEFAULT-VALUE}).")
    int shingle = DedupOptions.DEFAULT_SHINGLE;

    @Option(names = "--permutations", paramLabel = "N", description = "MinHash permutations (default: ${DEFAULT-VALUE}).")
    int permutations = DedupOptions.DEFAULT_PERMUTATIONS;

    @Option(names = "--bands", paramLabel = "B", description = "LSH bands (default: derived from threshold and permutations).")
    Integer bands;

    @Option(names = "--rows", paramLabel = "R", description = "LSH rows per band (default: derived).")
    Integer rows;

    @Option(names = "--passage-words", paramLabel = "N", description = "Shortest shared passage, in words (default: ${DEFAULT-VALUE}).")
    int passageWords = 8;

    @Option(names = "--boilerplate-df", paramLabel = "N",
            description = "Shingles in more than N articles are boilerplate, ignored (0 = auto: max(50, 1%% of articles); -1 = never).")
    int boilerplateDf = 0;

    @Option(names = "--no-passages", description = "Skip the shared-passage search.")
    boolean noPassages;

    @Option(names = "--keep", paramLabel = "WHICH",
            description = "Write the deduplicated corpus (JSON Lines, clean schema + cluster_id, duplicates) instead of the report: ${COMPLETION-CANDIDATES}.")
    Keep keep;

    @Option(names = "--explain", arity = "2", paramLabel = "ID",
            description = "Explain why articles A and B are or are not duplicates: scores and a word diff.")
    List<String> explain;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        CommandSpec spec = common.spec;
        OptionRanges.checkShare(spec, "--threshold", threshold);
        OptionRanges.checkShare(spec, "--containment", containment);
        OptionRanges.check(spec, "--shingle", shingle, 1, 32);
        OptionRanges.check(spec, "--permutations", permutations, 1, 4096);
        if (bands != null) OptionRanges.check(spec, "--bands", bands, 1, permutations);
        if (rows != null) OptionRanges.check(spec, "--rows", rows, 1, permutations);
        if (bands != null && rows != null) {
            OptionRanges.require(spec, (long) bands * rows <= permutations, "--bands x --rows (" + bands + " x " + rows
                    + ") must be at most --permutations (" + permutations + ")");
        }
        OptionRanges.check(spec, "--passage-words", passageWords, 2, 10_000);
        OptionRanges.check(spec, "--boilerplate-df", boilerplateDf, -1, Integer.MAX_VALUE);
        if (keep != null && format != OutputFormat.JSONL) {
            common.refuseFormat("--keep (it writes the corpus as jsonl)");
        }
        if (keep != null) common.refuseOutputName(output, OutputFormat.JSONL, "--keep");
        if (explain != null && common.formatGiven()) {
            OptionRanges.require(spec, format != OutputFormat.CSV, "--explain offers --format table, jsonl or json, not csv");
        }
        OutputFormat format = common.format(this.format, output, OutputFormat.TABLE);
        if (explain != null && format == OutputFormat.CSV) format = OutputFormat.TABLE; // inferred from -o x.csv
        if (format == OutputFormat.MARKDOWN || format == OutputFormat.TXT) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--format " + format + " writes articles (news clean); dedup writes table, jsonl, json or csv");
        }
        DedupOptions options;
        try {
            LshParams lsh = null;
            if (bands != null || rows != null) {
                int r = rows != null ? rows : Math.max(1, permutations / bands);
                int b = bands != null ? bands : Math.max(1, permutations / r);
                lsh = new LshParams(b, r);
            }
            DedupOptions d = DedupOptions.defaults();
            options = new DedupOptions(threshold, containment, shingle, permutations, lsh, d.minContainedShingles(),
                    passageWords, !noPassages, d.maxBucket(), boilerplateDf, common.threads());
        } catch (IllegalArgumentException e) {
            System.err.println("news: error: " + news.load.Messages.oneLine(e.getMessage()));
            return Problems.USAGE;
        }
        Problems problems = common.problems("dedup");
        try (Progress progress = problems.progress(); AtomicOutput out = AtomicOutput.open(output)) {
            int code;
            try {
            if (explain != null) {
                code = DedupService.explain(paths, explain.get(0), explain.get(1), options, format, progress.data(out.stream()), problems);
            } else if (keep != null) {
                code = DedupService.keepCanonical(paths, options, progress.data(out.stream()), System.err, problems);
            } else {
                code = DedupService.run(paths, options, format, progress.data(out.stream()), problems);
            }
            } catch (IllegalArgumentException e) { // e.g. two inputs with one article id
                if (common.debug) e.printStackTrace();
                System.err.println("news: error: " + news.load.Messages.oneLine(e.getMessage()));
                return Problems.FAILURE;
            }
            out.commit();
            return code;
        }
    }
}
