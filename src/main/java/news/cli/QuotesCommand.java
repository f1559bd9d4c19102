package news.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import news.app.Problems;
import news.app.QuotesService;
import news.output.AtomicOutput;
import news.output.OutputFormat;
import news.progress.Progress;
import news.quotes.QuoteKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "quotes", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Who said what: quotes with their speakers, roles and cues; --group finds the same "
                + "statement across articles.")
public final class QuotesCommand implements Callable<Integer> {
    @Mixin
    CorpusArgs io;

    @Option(names = {"-f", "--format"}, description = "table (default), jsonl, json, csv or markdown (a pipe table).")
    OutputFormat format = OutputFormat.TABLE;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotes by NAME (any spelling variant; a surname matches the full name).")
    String speaker;

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "Only these kinds: direct, partial, indirect, scare (default: all but scare).")
    List<String> kinds;

    @Option(names = "--min-words", paramLabel = "N", description = "Only quotes of at least N words (default: 0).")
    int minWords;

    @Option(names = "--indirect", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Report indirect speech (S said that P) without quote marks (default: on; --no-indirect: off).")
    boolean indirect = true;

    @Option(names = "--group", description = "Group the same statement across articles (variants included).")
    boolean group;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        Set<QuoteKind> ks = EnumSet.noneOf(QuoteKind.class);
        if (kinds != null) {
            for (String k : kinds) {
                try {
                    ks.add(QuoteKind.parse(k));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown --kind '" + k + "' (direct, partial, indirect, scare)");
                }
            }
        }
        boolean wantIndirect = indirect || ks.contains(QuoteKind.INDIRECT);
        Problems problems = common.problems("quotes");
        OptionRanges.check(common.spec, "--min-words", minWords, 0, Integer.MAX_VALUE);
        QuotesService.Options o = new QuotesService.Options(common.format(format, io.output, OutputFormat.TABLE), speaker, ks, minWords, wantIndirect, group,
                common.threads());
        try (Progress progress = problems.progress(); AtomicOutput out = AtomicOutput.open(io.output)) {
            int code = QuotesService.run(io.paths, o, progress.data(out.stream()), problems);
            out.commit();
            return code;
        }
    }
}
