package news.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordWriterTest {
    private static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private static String write(OutputFormat f, List<Map<String, Object>> rows) throws Exception {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        RecordWriter w = new RecordWriter(bos, f, List.of("id", "title", "n"));
        rows.forEach(w::write);
        w.finish();
        return bos.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvQuotesSpecialCharactersAndJoinsStringLists() throws Exception {
        String out = write(OutputFormat.CSV, List.of(row("id", "a", "title", "Say \"hi\", now", "n", 3),
                row("id", "b", "title", List.of("x", "y"), "n", null)));
        assertEquals("id,title,n\r\na,\"Say \"\"hi\"\", now\",3\r\nb,x; y,\r\n", out);
    }

    @Test
    void jsonIsOneArrayEvenWhenEmpty() throws Exception {
        assertEquals("[]\n", write(OutputFormat.JSON, List.of()));
        JsonNode arr = Json.MAPPER.readTree(write(OutputFormat.JSON, List.of(row("id", "a"), row("id", "b"))));
        assertEquals(2, arr.size());
        assertEquals("b", arr.get(1).get("id").asText());
    }

    @Test
    void jsonlIsOneObjectPerLineWithAllFields() throws Exception {
        String out = write(OutputFormat.JSONL, List.of(row("id", "a", "extra", 1.5), row("id", "b")));
        String[] lines = out.split("\n");
        assertEquals(2, lines.length);
        assertEquals(1.5, Json.MAPPER.readTree(lines[0]).get("extra").asDouble());
    }

    /** Rows encoded on worker threads ({@code prepare}) come out byte for byte as rows written directly. */
    @Test
    void preparedRowsWriteTheSameBytesAsRows() throws Exception {
        List<Map<String, Object>> rows = List.of(row("id", "a", "title", "\uD83D\uDCF1 “new”", "n", 1.5),
                row("id", "b", "title", List.of("x", "y"), "n", null), row("id", "c"));
        for (OutputFormat f : OutputFormat.values()) {
            for (int n = 0; n <= rows.size(); n++) {
                ByteArrayOutputStream bos = new ByteArrayOutputStream();
                RecordWriter w = new RecordWriter(bos, f, List.of("id", "title", "n"));
                List<RecordWriter.Prepared> prepared = new java.util.ArrayList<>();
                for (Map<String, Object> r : rows.subList(0, n)) prepared.add(w.prepare(r));
                prepared.forEach(w::write);
                w.finish();
                assertEquals(write(f, rows.subList(0, n)), bos.toString(StandardCharsets.UTF_8), f + " with " + n + " rows");
            }
        }
    }

    @Test
    void preparedAndDirectRowsDoNotMix() {
        RecordWriter w = new RecordWriter(new ByteArrayOutputStream(), OutputFormat.JSONL, List.of("id"));
        w.write(w.prepare(row("id", "a")));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> w.write(row("id", "b")));
    }

    /** Regression: the byte-level generator escaped emoji as surrogate pairs ("\\uD83D\\uDCF1"). */
    @Test
    void jsonlWritesCharactersOutsideTheBmpAsUtf8() throws Exception {
        String out = write(OutputFormat.JSONL, List.of(row("id", "a", "title", "\uD83D\uDCF1 phones — “new”"), row("id", "b")));
        assertEquals("{\"id\":\"a\",\"title\":\"\uD83D\uDCF1 phones — “new”\"}\n{\"id\":\"b\"}\n", out);
    }

    @Test
    void tableAlignsColumnsAndTruncatesLongCells() throws Exception {
        String out = write(OutputFormat.TABLE, List.of(row("id", "a", "title", "x".repeat(100), "n", 1),
                row("id", "bbbb", "title", "short", "n", 22)));
        String[] lines = out.split("\n");
        assertTrue(lines[0].startsWith("ID    TITLE"), lines[0]);
        assertEquals(lines[0].indexOf("N"), lines[2].indexOf("22"));
        assertTrue(lines[1].contains("…"));
        assertFalse(lines[1].contains("x".repeat(61)));
    }

    @TempDir
    Path tmp;

    @Test
    void atomicOutputLeavesNothingUnlessCommitted() throws Exception {
        Path target = tmp.resolve("o.json");
        try (AtomicOutput o = AtomicOutput.open(target.toString())) {
            o.stream().write("partial".getBytes(StandardCharsets.UTF_8));
        }
        assertFalse(Files.exists(target));
        try (var s = Files.list(tmp)) {
            assertEquals(0, s.count(), "temporary file removed");
        }
        try (AtomicOutput o = AtomicOutput.open(target.toString())) {
            o.stream().write("done".getBytes(StandardCharsets.UTF_8));
            o.commit();
        }
        assertEquals("done", Files.readString(target));
    }
}
