package news.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import news.app.CleanService;
import news.app.DedupService;
import news.app.Problems;
import news.app.QuotesService;
import news.dedup.DedupOptions;
import news.output.Json;
import news.output.OutputFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database holds what the commands print: every table compared field by field with the
 * JSON of `clean`, `quotes`, `quotes --group` and `dedup` on the seed corpus plus one reworded
 * copy (so there is a duplicate cluster); keys are declared and enforced; re-runs are atomic.
 */
class DatabaseExportTest {
    @TempDir
    static Path tmp;
    static Path corpus;
    static Path db;
    static DatabaseExport.Summary summary;

    @BeforeAll
    static void export() throws Exception {
        corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus);
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.toList()) Files.copy(f, corpus.resolve(f.getFileName()));
        }
        String text = Files.readString(corpus.resolve("001_e2c2174b0325c6ec.txt"));
        Files.writeString(corpus.resolve("005_reworded_copy.txt"), text.replace("Our military", "Our army"));
        db = tmp.resolve("out").resolve("news.duckdb");
        summary = DatabaseExport.export(List.of(corpus.toString()), db.toString(), 2, Problems.silent());
    }

    static List<Map<String, Object>> jsonl(ByteArrayOutputStream out) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) rows.add(Json.MAPPER.readValue(line, new TypeReference<Map<String, Object>>() {}));
        }
        return rows;
    }

    static List<Map<String, Object>> query(String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) row.put(md.getColumnLabel(i), plain(rs.getObject(i)));
                rows.add(row);
            }
        }
        return rows;
    }

    /** SQL arrays as lists, as JSON reads them. */
    static Object plain(Object v) throws SQLException {
        if (v instanceof java.sql.Array a) v = a.getArray();
        if (v instanceof Object[] arr) {
            List<Object> l = new ArrayList<>();
            for (Object x : arr) l.add(plain(x));
            return l;
        }
        return v;
    }

    @Test
    void summaryCountsEveryTable() throws Exception {
        assertEquals(Schema.names(), List.copyOf(summary.rows().keySet()));
        for (String t : Schema.names()) {
            assertEquals(((Number) query("SELECT count(*) AS n FROM " + t).get(0).get("n")).longValue(), summary.rows().get(t), t);
        }
        assertEquals(6L, summary.rows().get("articles"));
        assertTrue(summary.rows().get("clusters") >= 1, "the reworded copy forms a cluster");
    }

    @Test
    void articlesAndRemovalsAreTheCleanOutput() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CleanService.run(List.of(corpus.toString()), OutputFormat.JSONL, out, Problems.silent(), 1);
        List<Map<String, Object>> expected = jsonl(out);
        List<Map<String, Object>> articles = query("SELECT * FROM articles ORDER BY id");
        assertEquals(expected.size(), articles.size());
        for (int i = 0; i < articles.size(); i++) {
            Map<String, Object> a = articles.get(i);
            a.put("removed", query("SELECT text, reason, start, \"end\" FROM removals WHERE article_id = '"
                    + a.get("id") + "' ORDER BY position"));
            assertEquals(expected.get(i).keySet(), a.keySet(), "articles columns and removals are the clean fields");
            assertEquals(expected.get(i), a, "article " + a.get("id"));
        }
    }

    @Test
    void quotesAreTheQuotesOutput() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QuotesService.run(List.of(corpus.toString()),
                new QuotesService.Options(OutputFormat.JSONL, null, Set.of(), 0, true, false, 1), out, Problems.silent());
        List<Map<String, Object>> expected = jsonl(out);
        assertTrue(expected.size() > 30);
        assertEquals(expected, query("SELECT * EXCLUDE (quote_id) FROM quotes ORDER BY quote_id"));
        // Offsets point into articles.text, as documented.
        assertEquals(List.of(Map.of("bad", 0L)), query("SELECT count(*) AS bad FROM quotes q JOIN articles a ON a.id = q.article_id"
                + " WHERE substr(a.text, q.start + 1, q.\"end\" - q.start) <> q.quote"));
    }

    @Test
    void groupsAreTheGroupOutput() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QuotesService.run(List.of(corpus.toString()),
                new QuotesService.Options(OutputFormat.JSONL, null, Set.of(), 0, true, true, 1), out, Problems.silent());
        List<Map<String, Object>> expected = jsonl(out);
        List<Map<String, Object>> groups = query("SELECT * FROM quote_groups ORDER BY group_id");
        for (Map<String, Object> g : groups) {
            g.put("members", query("SELECT article_id, quote, statement, speaker, relation, score, start, \"end\""
                    + " FROM quote_group_members WHERE group_id = " + g.get("group_id") + " ORDER BY position"));
        }
        assertTrue(expected.size() >= 3);
        assertEquals(expected, groups);
        // Every member names the quote its statement belongs to.
        assertEquals(List.of(Map.of("bad", 0L)), query("SELECT count(*) AS bad FROM quote_group_members m"
                + " LEFT JOIN quotes q USING (quote_id) WHERE q.quote_id IS NULL OR q.article_id <> m.article_id"
                + " OR m.start < q.start OR m.\"end\" > q.\"end\" OR m.quote <> q.quote"));
    }

    @Test
    void clustersAndPassagesAreTheDedupOutput() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DedupService.run(List.of(corpus.toString()), DedupOptions.defaults().withThreads(1), OutputFormat.JSONL, out,
                Problems.silent());
        List<Map<String, Object>> clusters = new ArrayList<>(), passages = new ArrayList<>();
        for (Map<String, Object> row : jsonl(out)) {
            Object type = row.remove("type");
            if (type.equals("cluster")) clusters.add(row);
            if (type.equals("passage")) passages.add(row);
        }
        List<Map<String, Object>> dbClusters = query("SELECT * FROM clusters ORDER BY cluster_id");
        for (Map<String, Object> c : dbClusters) {
            c.put("members", query("SELECT id, jaccard, containment, relation FROM cluster_members WHERE cluster_id = '"
                    + c.get("cluster_id") + "' ORDER BY relation <> 'canonical', id"));
        }
        assertEquals(1, clusters.size());
        assertEquals(clusters, dbClusters);
        List<Map<String, Object>> dbPassages = query("SELECT passage_id, text FROM passages ORDER BY passage_id");
        for (Map<String, Object> p : dbPassages) {
            Map<String, Object> rest = query("SELECT first_id, sites, boilerplate FROM passages WHERE passage_id = '"
                    + p.get("passage_id") + "'").get(0);
            p.put("occurrences", query("SELECT id, start, \"end\" FROM passage_occurrences WHERE passage_id = '"
                    + p.get("passage_id") + "' ORDER BY position"));
            p.putAll(rest);
        }
        passages.sort((a, b) -> String.valueOf(a.get("passage_id")).compareTo(String.valueOf(b.get("passage_id"))));
        assertEquals(passages, dbPassages);
    }

    @Test
    void keysAreDeclaredAndEnforced() throws Exception {
        List<Map<String, Object>> kinds = query("SELECT constraint_type AS kind, count(*) AS n FROM duckdb_constraints()"
                + " WHERE constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY') GROUP BY kind ORDER BY kind");
        assertEquals(List.of(Map.of("kind", "FOREIGN KEY", "n", 11L), Map.of("kind", "PRIMARY KEY", "n", 9L)), kinds);
        Path copy = tmp.resolve("scratch.duckdb");
        Files.copy(db, copy);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + copy); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.execute("INSERT INTO quotes VALUES (100000, 'no such"
                    + " article', 'q', NULL, NULL, NULL, NULL, NULL, 'direct', 0, 0, 1, 0.9)"));
            assertTrue(e.getMessage().toLowerCase().contains("foreign key"), e.getMessage());
        }
    }

    @Test
    void aReRunReplacesTheFileAndAFailedRunKeepsTheOldOne() throws Exception {
        Path dir = tmp.resolve("rerun");
        Path target = dir.resolve("db.duckdb");
        DatabaseExport.export(List.of("corpus"), target.toString(), 1, Problems.silent());
        byte[] seedOnly = Files.readAllBytes(target);
        DatabaseExport.Summary second = DatabaseExport.export(List.of(corpus.toString()), target.toString(), 1, Problems.silent());
        assertEquals(6L, second.rows().get("articles"));
        assertEquals(List.of("db.duckdb"), names(dir), "no temporary files left");
        // A run that fails (here: the database is named as one of the inputs) leaves the database as it was.
        byte[] before = Files.readAllBytes(target);
        IOException e = assertThrows(IOException.class, () -> DatabaseExport.export(List.of("corpus", target.toString()),
                target.toString(), 1, Problems.silent()));
        assertTrue(e.getMessage().contains("is one of the inputs"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(target));
        assertEquals(List.of("db.duckdb"), names(dir), "no temporary files left");
        assertTrue(seedOnly.length > 0);
    }

    @Test
    void neverOverwritesAnInput() throws Exception {
        Path in = tmp.resolve("input-dir");
        Files.createDirectories(in);
        Path article = in.resolve("a.txt");
        Files.writeString(article, "An article with a few words. And another sentence.");
        IOException e = assertThrows(IOException.class,
                () -> DatabaseExport.export(List.of(in.toString()), article.toString(), 1, Problems.silent()));
        assertTrue(e.getMessage().contains("is one of the inputs"), e.getMessage());
        assertEquals("An article with a few words. And another sentence.", Files.readString(article));
        assertEquals(List.of("a.txt"), names(in));
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            String[] n = s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
            return Arrays.asList(n);
        }
    }
}
