package news.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import news.output.Json;
import news.testsupport.JarRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `news export` and `news report` as a user runs them: options, formats, stdout, exit codes. */
class ExportReportCliIT {
    @TempDir
    Path tmp;

    @Test
    void exportPrintsRowsPerTableInEveryFormat() throws Exception {
        Path db = tmp.resolve("news.duckdb");
        CliRunner.Result jsonl = CliRunner.run("export", "--db", db.toString(), "--format", "jsonl");
        assertEquals(0, jsonl.exit(), jsonl.err());
        assertEquals("", jsonl.err());
        List<String> lines = jsonl.outLines();
        assertEquals(9, lines.size());
        JsonNode first = Json.MAPPER.readTree(lines.get(0));
        assertEquals("articles", first.get("table").asText());
        assertEquals(5, first.get("rows").asInt());
        assertTrue(Files.size(db) > 0);
        CliRunner.Result csv = CliRunner.run("export", "--db", db.toString(), "-f", "csv");
        assertEquals("table,rows", csv.outLines().get(0).strip());
        assertEquals(10, csv.outLines().size());
        CliRunner.Result json = CliRunner.run("export", "--db", db.toString(), "-f", "json");
        assertEquals(9, Json.MAPPER.readTree(json.out()).size());
        assertEquals(List.of("news.duckdb"), Arrays.asList(tmp.toFile().list()), "no temporary files left");
    }

    @Test
    void theDatabaseGoesToStdoutWithTheSummaryInAFile() throws Exception {
        Path db = tmp.resolve("stdout.duckdb"), summary = tmp.resolve("summary.txt"), file = tmp.resolve("file.duckdb");
        JarRun.Output o = JarRun.run(null, List.of(), null, db.toFile(), 120,
                List.of("export", "--db", "-", "-o", summary.toString()));
        assertEquals(0, o.exit(), o.err());
        assertTrue(Files.readString(summary).startsWith("TABLE"));
        byte[] bytes = Files.readAllBytes(db);
        assertEquals("DUCK", new String(bytes, 8, 4, StandardCharsets.US_ASCII), "a DuckDB file");
        assertEquals(0, CliRunner.run("export", "--db", file.toString()).exit());
        assertEquals(Files.size(file), bytes.length);
    }

    @Test
    void usageErrors() throws Exception {
        CliRunner.Result noDb = CliRunner.run("export");
        assertEquals(2, noDb.exit());
        assertTrue(noDb.err().contains("--db"), noDb.err());
        CliRunner.Result bothStdout = CliRunner.run("export", "--db", "-");
        assertEquals(2, bothStdout.exit());
        assertEquals("news: error: --db - writes the database to stdout: give the summary -o FILE", bothStdout.err().strip());
        CliRunner.Result help = CliRunner.run("export", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--db=FILE"), help.out());
        CliRunner.Result reportHelp = CliRunner.run("report", "--help");
        assertEquals(0, reportHelp.exit());
        assertTrue(reportHelp.out().contains("-o, --output=FILE"), reportHelp.out());
    }

    @Test
    void aMissingInputIsReportedAndTheRestExported() throws Exception {
        Path db = tmp.resolve("partial.duckdb");
        CliRunner.Result r = CliRunner.run("export", "--db", db.toString(), "corpus", tmp.resolve("nope").toString());
        assertEquals(3, r.exit());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("nope"), r.err());
        assertTrue(r.out().contains("articles             5"), r.out());
    }

    @Test
    void reportToAFileOrStdout() throws Exception {
        Path page = tmp.resolve("report.html");
        CliRunner.Result r = CliRunner.run("report", "-o", page.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        String html = Files.readString(page);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        CliRunner.Result stdout = CliRunner.run("report");
        assertEquals(0, stdout.exit());
        assertArrayEquals(html.getBytes(StandardCharsets.UTF_8), stdout.out().getBytes(StandardCharsets.UTF_8),
                "the same page on stdout, and the same on every run");
        assertFalse(html.contains("http-equiv=\"refresh\""));
    }
}
