package news.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real CLI, run as a child process on the bundled corpus and on bad inputs. */
class CliIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void listPrintsTheFiveSeedArticles() throws Exception {
        CliRunner.Result r = CliRunner.run("list");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.outLines();
        assertEquals(6, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("ID "), lines.get(0));
        for (String id : List.of("000_", "001_", "002_", "003_", "004_")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(id)), "missing " + id);
        }
    }

    @Test
    void listFormatsAreMachineReadable() throws Exception {
        CliRunner.Result jsonl = CliRunner.run("list", "--format", "jsonl", "corpus");
        assertEquals(5, jsonl.outLines().size());
        for (String line : jsonl.outLines()) {
            JsonNode n = JSON.readTree(line);
            for (String f : List.of("id", "site", "title", "words", "paragraphs", "removed_share", "problems")) {
                assertTrue(n.has(f), "field " + f + " in " + line);
            }
            assertTrue(n.get("words").asInt() > 100);
        }
        JsonNode arr = JSON.readTree(CliRunner.run("list", "--format", "json").out());
        assertEquals(5, arr.size());
        CliRunner.Result csv = CliRunner.run("list", "--format", "csv");
        assertEquals("id,site,title,words,paragraphs,removed_share,problems", csv.outLines().get(0).strip());
        assertEquals(6, csv.outLines().size());
    }

    @Test
    void listSortsByAField() throws Exception {
        CliRunner.Result r = CliRunner.run("list", "--sort", "words", "--format", "jsonl");
        int prev = Integer.MAX_VALUE;
        for (String line : r.outLines()) {
            int w = JSON.readTree(line).get("words").asInt();
            assertTrue(w <= prev, "not sorted descending: " + r.out());
            prev = w;
        }
        CliRunner.Result bad = CliRunner.run("list", "--sort", "nonsense");
        assertEquals(2, bad.exit());
        assertEquals(1, bad.errLines().size(), bad.err());
    }

    @Test
    void cleanWritesTheDocumentedSchema() throws Exception {
        CliRunner.Result r = CliRunner.run("clean", "corpus");
        assertEquals(0, r.exit(), r.err());
        assertEquals(5, r.outLines().size());
        JsonNode a = JSON.readTree(r.outLines().get(0));
        for (String f : List.of("id", "path", "site", "title", "subtitle", "byline", "published", "credits",
                "paragraphs", "text", "word_count", "removed", "sha256")) {
            assertTrue(a.has(f), "field " + f);
        }
        assertEquals(String.join("\n\n", JSON.convertValue(a.get("paragraphs"), String[].class)), a.get("text").asText());
        assertEquals(64, a.get("sha256").asText().length());
    }

    @Test
    void cleanToFileAndToDirectory() throws Exception {
        Path out = tmp.resolve("out/all.json");
        CliRunner.Result r = CliRunner.runIn(null, null, "clean", "--format", "json", "-o", out.toString(),
                Path.of("corpus").toAbsolutePath().toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(5, JSON.readTree(out.toFile()).size());
        try (Stream<Path> s = Files.list(out.getParent())) {
            assertEquals(1, s.count(), "no temporary file left behind");
        }
        Path dir = tmp.resolve("per-article");
        r = CliRunner.run("clean", "--out-dir", dir.toString(), "corpus");
        assertEquals(0, r.exit(), r.err());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(5, s.filter(p -> p.toString().endsWith(".json")).count());
        }
    }

    @Test
    void stdinIsOneArticle() throws Exception {
        byte[] text = "A headline\n\nFirst paragraph of the story, with words.\n".getBytes(StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.runIn(null, text, "clean", "-");
        assertEquals(0, r.exit(), r.err());
        JsonNode a = JSON.readTree(r.outLines().get(0));
        assertEquals("stdin", a.get("id").asText());
        assertTrue(a.get("text").asText().contains("First paragraph of the story"));
    }

    @Test
    void badInputsAreSkippedWithOneLineErrorsAndExitCode3() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("mixed"));
        Files.writeString(dir.resolve("good.txt"), "Good article\n\nA paragraph that is fine and long enough.\n");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3, 0, 0, 5});
        CliRunner.Result r = CliRunner.run("list", "--format", "jsonl", dir.toString(),
                tmp.resolve("missing.txt").toString());
        assertEquals(3, r.exit(), r.err());
        assertEquals(1, r.outLines().size(), r.out());
        assertTrue(r.out().contains("\"good\""));
        List<String> errs = r.errLines();
        assertEquals(3, errs.size(), r.err());
        assertTrue(errs.stream().anyMatch(e -> e.contains("empty.txt")));
        assertTrue(errs.stream().anyMatch(e -> e.contains("binary.txt")));
        assertTrue(errs.stream().anyMatch(e -> e.contains("missing.txt")));
        assertFalse(r.err().contains("\tat "), "no stack trace without --debug");
    }

    @Test
    void usageErrorsExitWith2() throws Exception {
        CliRunner.Result r = CliRunner.run("list", "--no-such-option");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--no-such-option"));
        assertEquals(2, CliRunner.run("list", "--format", "yaml").exit());
        assertEquals(2, CliRunner.run("frobnicate").exit());
    }

    @Test
    void helpAndVersionEverywhere() throws Exception {
        for (String cmd : List.of("list", "clean", "quotes", "dedup")) {
            CliRunner.Result h = CliRunner.run(cmd, "--help");
            assertEquals(0, h.exit(), cmd);
            assertTrue(h.out().contains("Usage: news " + cmd), h.out());
            CliRunner.Result v = CliRunner.run(cmd, "--version");
            assertEquals(0, v.exit());
            assertTrue(v.out().startsWith("news "), v.out());
        }
        assertTrue(CliRunner.run("--version").out().startsWith("news "));
    }

    @Test
    void closedStdoutEndsCleanly() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "set -o pipefail; '" + CliRunner.javaBin()
                + "' -jar '" + CliRunner.JAR.toAbsolutePath() + "' clean corpus corpus corpus | head -c 10 >/dev/null; echo \"exit=${PIPESTATUS[0]}\"");
        pb.redirectErrorStream(false);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        assertTrue(out.contains("exit=0"), out + err);
        assertFalse(err.contains("Exception"), err);
    }
}
