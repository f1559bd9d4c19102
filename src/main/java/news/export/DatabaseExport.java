package news.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import news.app.CorpusAnalysis;
import news.app.Problems;
import news.dedup.Cluster;
import news.dedup.DedupResult;
import news.dedup.Passage;
import news.model.Article;
import news.model.Paragraph;
import news.model.Removal;
import news.output.ArticleJson;
import news.output.AtomicOutput;
import news.output.OutputFormat;
import news.output.RecordWriter;
import news.quotes.Quote;
import news.quotes.QuoteGrouper;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * `news export --db FILE`: the corpus as a DuckDB database ({@link Schema}). The database is
 * built in a temporary file beside the target and then written through {@link AtomicOutput}
 * (temporary sibling, rename), so a reader of FILE sees the old database or the new one, never
 * a half-built one, and an input is never overwritten.
 *
 * <p>Rows stream in as articles are cleaned, through DuckDB's appender into key-less staging
 * tables (an appender flushes on its own schedule, so a quote could reach the database before
 * its article); each staging table is then copied into its keyed table, parents first, where
 * the keys are checked.
 */
public final class DatabaseExport {
    public static final List<String> SUMMARY_COLUMNS = List.of("table", "rows");

    /** Rows written per table, in {@link Schema} order. */
    public record Summary(Map<String, Long> rows) {
        public Summary {
            rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        }
    }

    private DatabaseExport() {}

    /** Exports and writes the summary (rows per table) to {@code out} in {@code format}. */
    public static int run(List<String> inputs, String db, int threads, OutputFormat format, OutputStream out,
                          Problems problems) throws IOException {
        Summary s = export(inputs, db, threads, problems);
        RecordWriter w = new RecordWriter(out, format, SUMMARY_COLUMNS);
        for (Map.Entry<String, Long> e : s.rows().entrySet()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("table", e.getKey());
            row.put("rows", e.getValue());
            w.write(row);
        }
        w.finish();
        return problems.exitCode();
    }

    /** Builds the database of {@code inputs} and puts it at {@code db} ("-": stdout). */
    public static Summary export(List<String> inputs, String db, int threads, Problems problems) throws IOException {
        Objects.requireNonNull(db, "db");
        boolean stdout = db.equals("-");
        Path target = stdout ? null : Path.of(db).toAbsolutePath();
        // Beside the target, so the final copy stays on one file system; for stdout, in the temp directory.
        Path dir = stdout ? null : target.getParent();
        if (dir != null) Files.createDirectories(dir);
        // DuckDB creates the file itself (an empty file is not a database): reserve a unique name, then free it.
        String prefix = "." + (stdout ? "news-export" : target.getFileName()) + ".";
        Path build = dir == null ? Files.createTempFile(prefix, ".duckdb") : Files.createTempFile(dir, prefix, ".duckdb");
        Files.delete(build);
        try {
            Summary summary;
            try (Connection c = open(build, threads)) {
                summary = fill(c, inputs, threads, problems);
            } catch (SQLException e) {
                throw new IOException(db + ": database error (" + firstLine(e.getMessage()) + ")", e);
            }
            // Copied, not renamed, into place: AtomicOutput keeps every output rule of the project
            // (never replace an input, follow a symlink to its file, write stdout and devices in place).
            try (AtomicOutput out = AtomicOutput.open(db)) {
                Files.copy(build, out.stream());
                out.commit();
            }
            return summary;
        } finally {
            Files.deleteIfExists(build);
            Files.deleteIfExists(Path.of(build + ".wal"));
        }
    }

    private static Connection open(Path file, int threads) throws SQLException {
        Properties p = new Properties();
        // DuckDB 1.x clients (CLI, Python, R) open the file too: a 2.0-format file is unreadable to them.
        p.setProperty("storage_compatibility_version", "v1.0.0");
        p.setProperty("threads", Integer.toString(Math.max(1, threads)));
        return DriverManager.getConnection("jdbc:duckdb:" + file, p);
    }

    private static Summary fill(Connection c, List<String> inputs, int threads, Problems problems) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Schema.Table t : Schema.TABLES) {
                s.execute(t.ddl());
                s.execute("CREATE TEMP TABLE staged_" + t.name() + " AS SELECT * FROM main." + t.name() + " LIMIT 0");
            }
        }
        DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
        Map<String, DuckDBAppender> app = new HashMap<>();
        for (String t : Schema.names()) app.put(t, duck.createAppender("temp", "main", "staged_" + t));
        // Quotes by article, to link each group member to the quote it comes from.
        Map<String, List<QuoteKey>> quotesOf = new HashMap<>();
        int[] nextQuote = {1};
        CorpusAnalysis.Result r;
        try {
            r = CorpusAnalysis.run(inputs, threads, problems, (a, qs) -> {
                try {
                    appendArticle(app, a);
                    List<QuoteKey> keys = new ArrayList<>(qs.size());
                    for (Quote q : qs) {
                        int id = nextQuote[0]++;
                        appendQuote(app.get("quotes"), id, q);
                        keys.add(new QuoteKey(id, q.start(), q.end()));
                    }
                    if (!keys.isEmpty()) quotesOf.put(a.id(), keys);
                } catch (SQLException e) {
                    throw new UncheckedSql(e);
                }
            });
        } catch (UncheckedSql e) {
            throw e.getCause();
        }
        appendGroups(app, r.groups(), quotesOf);
        appendDedup(app, r.dedup());
        for (DuckDBAppender a : app.values()) a.close();
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String t : Schema.names()) {
                s.execute("INSERT INTO main." + t + " SELECT * FROM temp.staged_" + t);
                s.execute("DROP TABLE temp.staged_" + t);
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM main." + t)) {
                    rs.next();
                    rows.put(t, rs.getLong(1));
                }
            }
            s.execute("CHECKPOINT");
        }
        return new Summary(rows);
    }

    private record QuoteKey(int quoteId, int start, int end) {}

    private static void appendArticle(Map<String, DuckDBAppender> app, Article a) throws SQLException {
        List<List<Integer>> spans = new ArrayList<>(a.paragraphs().size());
        for (Paragraph p : a.paragraphs()) spans.add(List.of(p.start(), p.end()));
        DuckDBAppender t = app.get("articles");
        t.beginRow();
        str(t, a.id());
        str(t, a.path());
        str(t, a.url());
        str(t, a.site());
        str(t, a.language());
        str(t, a.title());
        str(t, a.subtitle());
        str(t, a.byline());
        str(t, a.published());
        str(t, a.pageType());
        str(t, a.dateline());
        t.append(a.credits());
        t.append(a.paragraphTexts());
        t.append(spans);
        t.append(a.text());
        t.append(a.wordCount());
        t.append(ArticleJson.round3(a.removedShare())); // as `clean` prints it
        t.append(a.problems());
        t.append(a.sha256());
        t.endRow();
        DuckDBAppender rm = app.get("removals");
        int position = 0;
        for (Removal x : a.removed()) {
            rm.beginRow();
            rm.append(a.id());
            rm.append(position++);
            rm.append(x.text());
            rm.append(x.reason());
            rm.append(x.start());
            rm.append(x.end());
            rm.endRow();
        }
    }

    private static void appendQuote(DuckDBAppender t, int id, Quote q) throws SQLException {
        t.beginRow();
        t.append(id);
        t.append(q.articleId());
        t.append(q.quote());
        str(t, q.speaker());
        str(t, q.speakerMention());
        str(t, q.speakerRole());
        str(t, q.cue());
        str(t, q.channel());
        t.append(q.kind().label());
        t.append(q.paragraph());
        t.append(q.start());
        t.append(q.end());
        t.append(q.confidence());
        t.endRow();
    }

    private static void appendGroups(Map<String, DuckDBAppender> app, List<QuoteGrouper.Group> groups,
                                     Map<String, List<QuoteKey>> quotesOf) throws SQLException {
        DuckDBAppender g = app.get("quote_groups"), m = app.get("quote_group_members");
        for (QuoteGrouper.Group grp : groups) {
            g.beginRow();
            g.append(grp.groupId());
            str(g, grp.speaker());
            g.append(grp.articleIds().size());
            g.append(grp.quote());
            g.endRow();
            int position = 0;
            for (QuoteGrouper.Member mem : grp.members()) {
                m.beginRow();
                m.append(grp.groupId());
                m.append(position++);
                Integer quoteId = quoteContaining(quotesOf.get(mem.articleId()), mem.start(), mem.end());
                if (quoteId == null) m.appendNull();
                else m.append(quoteId.intValue());
                m.append(mem.articleId());
                m.append(mem.quote());
                m.append(mem.statement());
                str(m, mem.speaker());
                m.append(mem.relation());
                m.append(mem.score());
                m.append(mem.start());
                m.append(mem.end());
                m.endRow();
            }
        }
    }

    /** The quote whose span holds a member's statement (a statement is one sentence of one quote). */
    private static Integer quoteContaining(List<QuoteKey> quotes, int start, int end) {
        if (quotes == null) return null;
        for (QuoteKey k : quotes) if (k.start() <= start && end <= k.end()) return k.quoteId();
        return null;
    }

    private static void appendDedup(Map<String, DuckDBAppender> app, DedupResult d) throws SQLException {
        DuckDBAppender c = app.get("clusters"), cm = app.get("cluster_members");
        for (Cluster cl : d.clusters()) {
            c.beginRow();
            c.append(cl.clusterId());
            c.append(cl.canonical());
            c.append(cl.canonicalReason());
            c.endRow();
            for (Cluster.Member mem : cl.members()) {
                cm.beginRow();
                cm.append(cl.clusterId());
                cm.append(mem.id());
                cm.append(mem.jaccard());
                cm.append(mem.containment());
                cm.append(mem.relation().toString());
                cm.endRow();
            }
        }
        DuckDBAppender p = app.get("passages"), po = app.get("passage_occurrences");
        for (Passage ps : d.passages()) {
            p.beginRow();
            p.append(ps.passageId());
            p.append(ps.text());
            p.append(ps.firstId());
            p.append(ps.sites());
            p.append(ps.boilerplate());
            p.endRow();
            int position = 0;
            for (Passage.Occurrence o : ps.occurrences()) {
                po.beginRow();
                po.append(ps.passageId());
                po.append(position++);
                po.append(o.id());
                po.append(o.start());
                po.append(o.end());
                po.endRow();
            }
        }
    }

    private static void str(DuckDBAppender t, String s) throws SQLException {
        if (s == null) t.appendNull();
        else t.append(s);
    }

    private static String firstLine(String m) {
        if (m == null) return "unknown";
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Carries an SQLException out of the article callback. */
    private static final class UncheckedSql extends RuntimeException {
        UncheckedSql(SQLException e) {
            super(e);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
