package news.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.app.Problems;
import news.output.OutputFormat;
import news.output.RecordWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Database" section is true: its summary, its schema (every column, with its type)
 * and its example queries with their outputs, run on a fresh export of the seed corpus.
 * {@code -Dnews.updateReadme=true} rewrites the outputs from the real ones instead of comparing.
 */
class ReadmeQueriesTest {
    static final Path README = Path.of("README.md");
    static final Pattern QUERY = Pattern.compile("```sql\n(.*?)```\n\n```text\n(.*?)```", Pattern.DOTALL);
    static final Pattern SUMMARY = Pattern.compile("```console\n\\$ bin/news export --db news.duckdb\n(.*?)```", Pattern.DOTALL);
    static final Pattern TABLE_DOC = Pattern.compile("\\*\\*`([a-z_]+)`\\*\\*[^\n]*\n\n\\| column \\| type \\| meaning \\|\n\\|---\\|---\\|---\\|\n((?:\\|[^\n]*\n)+)");

    @TempDir
    static Path tmp;
    static Path db;
    static String summary;

    @BeforeAll
    static void export() throws Exception {
        db = tmp.resolve("news.duckdb");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = DatabaseExport.run(List.of("corpus"), db.toString(), 2, OutputFormat.TABLE, out, Problems.silent());
        assertEquals(0, code);
        summary = out.toString(StandardCharsets.UTF_8);
    }

    static String section() throws Exception {
        String readme = Files.readString(README);
        int from = readme.indexOf("<!-- section:export -->"), to = readme.indexOf("<!-- /section:export -->");
        assertTrue(from >= 0 && to > from, "README has the export section");
        return readme.substring(from, to);
    }

    @Test
    void summaryIsTheRealOne() throws Exception {
        Matcher m = SUMMARY.matcher(section());
        assertTrue(m.find(), "README shows the export summary");
        assertEquals(summary, m.group(1));
    }

    @Test
    void everyColumnIsDocumentedWithItsType() throws Exception {
        Map<String, List<String>> documented = new LinkedHashMap<>();
        Matcher m = TABLE_DOC.matcher(section());
        while (m.find()) {
            List<String> cols = new ArrayList<>();
            for (String row : m.group(2).split("\n")) {
                String[] cells = row.split("\\|");
                cols.add(cells[1].strip().replace("`", "") + " " + cells[2].strip());
            }
            documented.put(m.group(1), cols);
        }
        Map<String, List<String>> real = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name, column_name, data_type FROM information_schema.columns"
                     + " WHERE table_schema = 'main' ORDER BY table_name, ordinal_position")) {
            while (rs.next()) {
                real.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2) + " " + rs.getString(3));
            }
        }
        assertEquals(Schema.names().size(), real.size(), "tables in the database");
        for (String t : Schema.names()) assertEquals(real.get(t), documented.get(t), "columns of " + t + " in the README");
        assertEquals(Schema.names(), List.copyOf(documented.keySet()), "README documents the tables in schema order");
    }

    @Test
    void exampleQueriesGiveTheDocumentedOutput() throws Exception {
        String readme = Files.readString(README);
        String section = section();
        Matcher m = QUERY.matcher(section);
        StringBuilder updated = new StringBuilder();
        int queries = 0;
        List<String> wrong = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            while (m.find()) {
                queries++;
                String actual = render(s, m.group(1));
                if (!actual.equals(m.group(2))) wrong.add(m.group(1) + "\nREADME:\n" + m.group(2) + "real:\n" + actual);
                m.appendReplacement(updated, Matcher.quoteReplacement("```sql\n" + m.group(1) + "```\n\n```text\n" + actual + "```"));
            }
        }
        m.appendTail(updated);
        assertEquals(6, queries, "example queries in the README");
        if (Boolean.getBoolean("news.updateReadme")) {
            Files.writeString(README, readme.replace(section, updated.toString()));
            return;
        }
        assertEquals(List.of(), wrong, "queries whose README output is not the real one");
    }

    /** A result in the `news` table format (what the README shows). */
    static String render(Statement s, String sql) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> cols = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) cols.add(md.getColumnLabel(i));
            RecordWriter w = new RecordWriter(out, OutputFormat.TABLE, cols);
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= cols.size(); i++) row.put(cols.get(i - 1), rs.getObject(i));
                w.write(row);
            }
            w.finish();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
