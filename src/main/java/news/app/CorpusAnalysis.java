package news.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import news.clean.TextCleaner;
import news.dedup.DedupOptions;
import news.dedup.DedupResult;
import news.dedup.Deduplicator;
import news.model.Article;
import news.output.OutputFormat;
import news.quotes.Quote;
import news.quotes.QuoteExtractor;
import news.quotes.QuoteGrouper;

/**
 * Everything the other commands report about a corpus, for `news export` and `news report`:
 * each cleaned article with the quotes `news quotes` prints for it, then the groups of
 * `news quotes --group` and the clusters and passages of `news dedup`. It only calls those
 * services' parts (cleaner, extractor, {@link QuotesService#keep}, grouper, deduplicator) with
 * their default options, so its results are theirs by construction.
 */
public final class CorpusAnalysis {
    /** The quotes `news quotes` keeps by default: direct, partial and indirect speech, no scare quotes. */
    static final QuotesService.Options QUOTES = new QuotesService.Options(OutputFormat.JSONL, null, Set.of(), 0,
            true, false, 1);

    /** Receives each article with its quotes, in input order, on the calling thread. */
    @FunctionalInterface
    public interface ArticleSink {
        void accept(Article article, List<Quote> quotes);
    }

    /**
     * What is known once every article was seen.
     *
     * @param groups quote groups, as `news quotes --group`
     * @param dedup  clusters and shared passages, as `news dedup`
     */
    public record Result(List<QuoteGrouper.Group> groups, DedupResult dedup) {
        public Result {
            groups = List.copyOf(groups);
            Objects.requireNonNull(dedup, "dedup");
        }
    }

    private CorpusAnalysis() {}

    /**
     * Cleans and extracts on {@code threads} workers, handing each article to {@code sink}, then
     * groups the quotes and deduplicates (a second pass over the corpus, as `news dedup` makes).
     * The quotes are kept in memory for grouping, as `news quotes --group` keeps them.
     */
    public static Result run(List<String> inputs, int threads, Problems problems, ArticleSink sink) {
        int n = Math.max(1, threads);
        Corpus corpus = Corpus.open(inputs, news.load.Loader.standard(), problems, n);
        QuoteExtractor extractor = new QuoteExtractor(QUOTES.indirect());
        List<Quote> all = new ArrayList<>();
        corpus.mapArticles(new TextCleaner(), a -> new Extracted(a, extractor.extract(a)), e -> {
            List<Quote> kept = new ArrayList<>();
            for (Quote q : e.quotes()) if (QuotesService.keep(q, QUOTES)) kept.add(q);
            all.addAll(kept);
            sink.accept(e.article(), List.copyOf(kept));
        });
        List<QuoteGrouper.Group> groups = QuoteGrouper.group(all, 2);
        DedupResult dedup = new Deduplicator(DedupOptions.defaults().withThreads(n)).run(new DedupCorpusSource(corpus));
        return new Result(groups, dedup);
    }

    private record Extracted(Article article, List<Quote> quotes) {}
}
