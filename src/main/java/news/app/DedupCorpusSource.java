package news.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import news.clean.TextCleaner;
import news.dedup.DedupDoc;
import news.dedup.DocSource;
import news.model.Article;

/**
 * A corpus as a re-readable source of cleaned articles for dedup. The first pass keeps the
 * cleaned articles in memory while they fit a budget, so small and medium corpora are read and
 * cleaned once; beyond the budget later passes re-read and re-clean (memory stays bounded).
 */
public final class DedupCorpusSource implements DocSource {
    /** Characters of cleaned text kept between passes (about 2 bytes a char, plus the article objects). */
    static final long CACHE_BUDGET_CHARS = 64L << 20;

    private final Corpus corpus;
    private List<Article> cache;
    private boolean cacheComplete;

    public DedupCorpusSource(Corpus corpus) {
        this.corpus = corpus;
    }

    /** Every cleaned article in input order. */
    public void forEachArticle(Consumer<Article> sink) {
        if (cacheComplete) {
            cache.forEach(sink);
            return;
        }
        boolean first = cache == null;
        List<Article> kept = first ? new ArrayList<>() : null;
        long[] chars = {0};
        boolean[] overflow = {false};
        corpus.forEachArticle(new TextCleaner(), a -> {
            if (first && !overflow[0]) {
                for (var p : a.paragraphs()) chars[0] += p.text().length();
                if (chars[0] > CACHE_BUDGET_CHARS) {
                    overflow[0] = true;
                    kept.clear();
                } else {
                    kept.add(a);
                }
            }
            sink.accept(a);
        });
        if (first) {
            cache = overflow[0] ? List.of() : kept;
            cacheComplete = !overflow[0];
        }
    }

    @Override
    public void forEach(Consumer<DedupDoc> sink) {
        forEachArticle(a -> sink.accept(DedupDoc.of(a)));
    }
}
