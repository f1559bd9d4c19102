package news.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import news.app.QuotesService;
import news.clean.RepetitionIndex;
import news.clean.TextCleaner;
import news.dedup.DedupDoc;
import news.dedup.DedupOptions;
import news.dedup.DedupStages;
import news.dedup.Shingles;
import news.dedup.Tokens;
import news.model.Article;
import news.output.ArticleJson;
import news.output.OutputFormat;
import news.quotes.Quote;
import news.quotes.QuoteExtractor;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * Clean and quotes. The cleaner's only corpus-wide input is the repetition index: in how many
 * documents each line occurs. It is counted first as a distributed aggregation (line hashes per
 * document, reduced by hash), and the lines in two or more documents (the only counts the
 * cleaner asks about) are broadcast. Then every partition builds its cleaner, quote extractor
 * and index once and cleans, extracts and fingerprints each document in one pass.
 */
final class CleanStage {
    private CleanStage() {}

    /** The repeated lines of the corpus: {@code counts[k]} documents of {@code documents} contain {@code hashes[k]}. */
    record LineCounts(int documents, long[] hashes, int[] counts) implements Serializable {
    }

    /** What one document becomes: its article row, its quote rows and what dedup needs of it. */
    record Processed(long order, Row article, Row[] quotes, String id, String site, String published, int words,
                     long exact, int[] shingles, boolean excerptMarked) implements Serializable {
        private static final int TEXT = Tables.ARTICLES.fieldIndex("text");

        String text() {
            return article.getString(TEXT);
        }
    }

    static LineCounts lineCounts(JavaRDD<RawDoc> docs) {
        long documents = docs.count();
        if (documents > Integer.MAX_VALUE) throw new IllegalArgumentException("more than 2^31 documents in one run");
        List<Tuple2<Long, Integer>> repeated = docs
                .flatMapToPair(d -> {
                    long[] lines = RepetitionIndex.linesOf(d.document());
                    List<Tuple2<Long, Integer>> out = new ArrayList<>(lines.length);
                    for (long h : lines) out.add(new Tuple2<>(h, 1));
                    return out.iterator();
                })
                .reduceByKey(Integer::sum)
                .filter(t -> t._2() >= 2)
                .collect();
        long[] hashes = new long[repeated.size()];
        int[] counts = new int[repeated.size()];
        for (int k = 0; k < hashes.length; k++) {
            hashes[k] = repeated.get(k)._1();
            counts[k] = repeated.get(k)._2();
        }
        return new LineCounts((int) documents, hashes, counts);
    }

    /** One index per executor JVM and broadcast (built on first use, then shared by its tasks). */
    private static volatile Object[] cachedIndex = {-1L, null};

    static RepetitionIndex index(Broadcast<LineCounts> b) {
        Object[] c = cachedIndex;
        if ((long) c[0] == b.id()) return (RepetitionIndex) c[1];
        synchronized (CleanStage.class) {
            c = cachedIndex;
            if ((long) c[0] == b.id()) return (RepetitionIndex) c[1];
            LineCounts lc = b.value();
            RepetitionIndex index = RepetitionIndex.ofCounts(lc.documents(), lc.hashes(), lc.counts());
            cachedIndex = new Object[] {b.id(), index};
            return index;
        }
    }

    /** Cleans, extracts quotes (when asked) and fingerprints every document of a partition. */
    static Iterator<Processed> process(Iterator<RawDoc> docs, Broadcast<LineCounts> lines, boolean quotes,
                                       LongAccumulator skipped) {
        RepetitionIndex index = index(lines);
        TextCleaner cleaner = new TextCleaner();
        QuoteExtractor extractor = quotes ? new QuoteExtractor(true) : null;
        // the CLI's defaults: every kind but scare quotes (indirect speech included), no word minimum, no speaker filter
        QuotesService.Options keep = new QuotesService.Options(OutputFormat.JSONL, null, Set.of(), 0, true, false, 1);
        int shingle = DedupOptions.DEFAULT_SHINGLE;
        return new Mapped<>(docs, d -> {
            try {
                Article a = cleaner.clean(d.document(), index);
                Row article = Tables.row(ArticleJson.toMap(a), Tables.ARTICLES);
                Row[] qs = new Row[0];
                if (extractor != null) {
                    List<Row> rows = new ArrayList<>();
                    for (Quote q : extractor.extract(a)) if (QuotesService.keep(q, keep)) rows.add(Tables.row(QuotesService.row(q), Tables.QUOTES));
                    qs = rows.toArray(qs);
                }
                DedupDoc dd = DedupDoc.of(a);
                long[] words = Tokens.wordHashes(dd.text());
                return new Processed(d.order(), article, qs, dd.id(), dd.site(), dd.published(), words.length,
                        Tokens.exactHash(words), Shingles.of(words, shingle), DedupStages.excerptMarked(dd.text()));
            } catch (RuntimeException | StackOverflowError e) {
                System.err.println("news: " + d.path() + ": processing failed (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
                skipped.add(1);
                return null;
            }
        });
    }

    /** A lazy map over an iterator that drops null results (documents that failed). */
    static final class Mapped<A, B> implements Iterator<B> {
        private final Iterator<A> in;
        private final Function<A, B> f;
        private B next;

        Mapped(Iterator<A> in, Function<A, B> f) {
            this.in = in;
            this.f = f;
        }

        @Override
        public boolean hasNext() {
            while (next == null && in.hasNext()) next = f.apply(in.next());
            return next != null;
        }

        @Override
        public B next() {
            if (!hasNext()) throw new NoSuchElementException();
            B b = next;
            next = null;
            return b;
        }
    }
}
