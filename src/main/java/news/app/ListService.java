package news.app;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.clean.TextCleaner;
import news.model.Article;
import news.output.ArticleJson;
import news.output.OutputFormat;
import news.output.RecordWriter;

/** `news list`: one row per article. */
public final class ListService {
    public static final List<String> COLUMNS =
            List.of("id", "site", "title", "words", "paragraphs", "removed_share", "problems");

    private ListService() {}

    public static Map<String, Object> row(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("site", a.site());
        m.put("title", a.title());
        m.put("words", a.wordCount());
        m.put("paragraphs", a.paragraphs().size());
        m.put("removed_share", ArticleJson.round3(a.removedShare()));
        m.put("problems", a.problems());
        return m;
    }

    /**
     * Writes the list. With {@code sortField} null rows stream in input order; otherwise rows
     * (small: no texts) are collected and sorted, numbers descending, strings ascending.
     */
    public static int run(List<String> inputs, OutputFormat format, String sortField, OutputStream out,
                          Problems problems) throws IOException {
        return run(inputs, format, sortField, out, problems, OrderedParallel.defaultThreads());
    }

    /** As above on {@code threads} workers. */
    public static int run(List<String> inputs, OutputFormat format, String sortField, OutputStream out,
                          Problems problems, int threads) throws IOException {
        if (sortField != null && !COLUMNS.contains(sortField)) {
            throw new IllegalArgumentException("unknown sort field '" + sortField + "' (one of " + COLUMNS + ")");
        }
        Corpus corpus = Corpus.open(inputs, news.load.Loader.standard(), problems, threads);
        RecordWriter w = new RecordWriter(out, format, COLUMNS);
        TextCleaner cleaner = new TextCleaner();
        if (sortField == null) {
            corpus.forEachArticle(cleaner, a -> w.write(row(a)));
        } else {
            List<Map<String, Object>> rows = new ArrayList<>();
            corpus.forEachArticle(cleaner, a -> rows.add(row(a)));
            rows.sort(comparator(sortField));
            rows.forEach(w::write);
        }
        w.finish();
        return problems.exitCode();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Comparator<Map<String, Object>> comparator(String field) {
        return (a, b) -> {
            Object x = a.get(field), y = b.get(field);
            if (x == null && y == null) return 0;
            if (x == null) return 1;
            if (y == null) return -1;
            if (x instanceof Number nx && y instanceof Number ny) return Double.compare(ny.doubleValue(), nx.doubleValue());
            if (x instanceof List lx && y instanceof List ly) return Integer.compare(ly.size(), lx.size());
            return String.valueOf(x).compareToIgnoreCase(String.valueOf(y));
        };
    }
}
