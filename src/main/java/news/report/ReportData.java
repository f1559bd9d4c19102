package news.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.app.CorpusAnalysis;
import news.app.Problems;
import news.dedup.DedupResult;
import news.model.Article;
import news.quotes.Quote;
import news.quotes.QuoteGrouper;

/**
 * What the report shows, held in memory (a page for people is read for corpora of hundreds or
 * thousands of articles, not millions): the cleaned articles, their quotes, the quote groups
 * and the dedup result, all from {@link CorpusAnalysis}.
 *
 * @param articles articles in input order
 * @param quotes   the quotes `news quotes` prints, by article id
 * @param groups   quote groups, as `news quotes --group`
 * @param dedup    clusters and passages, as `news dedup`
 */
public record ReportData(List<Article> articles, Map<String, List<Quote>> quotes, List<QuoteGrouper.Group> groups,
                         DedupResult dedup) {
    public ReportData {
        articles = List.copyOf(articles);
        quotes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(quotes));
        groups = List.copyOf(groups);
    }

    public static ReportData collect(List<String> inputs, int threads, Problems problems) {
        List<Article> articles = new ArrayList<>();
        Map<String, List<Quote>> quotes = new LinkedHashMap<>();
        CorpusAnalysis.Result r = CorpusAnalysis.run(inputs, threads, problems, (a, qs) -> {
            articles.add(a);
            quotes.put(a.id(), qs);
        });
        return new ReportData(articles, quotes, r.groups(), r.dedup());
    }

    /** The articles by id. */
    public Map<String, Article> byId() {
        Map<String, Article> m = new java.util.HashMap<>();
        for (Article a : articles) m.put(a.id(), a);
        return m;
    }

    /** Where an article was published: its site, else its id (an article of unknown site is its own outlet, as in dedup). */
    public static String outlet(Article a) {
        return a.site() != null ? a.site() : a.id();
    }

    public int quoteCount() {
        int n = 0;
        for (List<Quote> qs : quotes.values()) n += qs.size();
        return n;
    }
}
