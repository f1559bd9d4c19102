package news.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import news.app.DedupService;
import news.app.Problems;
import news.output.OutputFormat;
import org.junit.jupiter.api.Test;

/** The service behind `news dedup`: the jsonl record types, --keep canonical, --explain. */
class DedupServiceTest {
    static final List<String> INPUT = List.of("src/test/resources/dedup/wire-copies/input");
    static final ObjectMapper JSON = new ObjectMapper();

    static List<JsonNode> lines(ByteArrayOutputStream out) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) if (!l.isBlank()) rows.add(JSON.readTree(l));
        return rows;
    }

    @Test
    void jsonlHasOneSummaryThenClustersThenPassagesEachWithAType() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, DedupService.run(INPUT, DedupOptions.defaults(), OutputFormat.JSONL, out, Problems.silent()));
        List<JsonNode> rows = lines(out);
        assertEquals("summary", rows.get(0).get("type").asText());
        assertEquals(5, rows.get(0).get("articles").asInt());
        assertEquals(4, rows.get(0).get("shingle_size").asInt());
        assertEquals(64, rows.get(0).get("bands").asInt());
        JsonNode cluster = rows.get(1);
        assertEquals("cluster", cluster.get("type").asText());
        assertEquals("c1", cluster.get("cluster_id").asText());
        for (String f : List.of("id", "jaccard", "containment", "relation")) assertTrue(cluster.get("members").get(0).has(f), f);
        JsonNode passage = rows.get(2);
        assertEquals("passage", passage.get("type").asText());
        for (String f : List.of("passage_id", "text", "occurrences", "first_id", "sites", "boilerplate")) assertTrue(passage.has(f), f);
        assertEquals(3, rows.size());
    }

    @Test
    void keepCanonicalWritesTheCleanSchemaPlusClusterFields() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DedupService.keepCanonical(INPUT, DedupOptions.defaults(), out, null, Problems.silent());
        List<JsonNode> rows = lines(out);
        assertEquals(2, rows.size());
        JsonNode kept = rows.get(0);
        assertEquals("a_original", kept.get("id").asText());
        assertTrue(kept.has("text") && kept.has("paragraphs") && kept.has("sha256"));
        assertEquals("c1", kept.get("cluster_id").asText());
        assertEquals(3, kept.get("duplicates").size());
        assertTrue(rows.get(1).get("cluster_id").isNull());
        assertEquals(0, rows.get(1).get("duplicates").size());
    }

    @Test
    void explainReportsVerdictAndDiffOrAMissingId() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DedupService.explain(INPUT, "a_original", "e_other", DedupOptions.defaults(), OutputFormat.JSONL, out, Problems.silent());
        JsonNode e = lines(out).get(0);
        assertFalse(e.get("duplicate").asBoolean());
        assertTrue(e.get("jaccard").asDouble() < 0.5);
        assertTrue(e.get("diff").size() > 0);
        Problems p = Problems.silent();
        assertEquals(Problems.USAGE, DedupService.explain(INPUT, "a_original", "nope", DedupOptions.defaults(),
                OutputFormat.TABLE, new ByteArrayOutputStream(), p));
        assertTrue(p.skippedMessages().get(0).contains("nope"));
    }

    /** Regression (issue 13 item 5): one id in two inputs aborted the run with no output; now renamed, warned, exit 0. */
    @Test
    void theSameIdInTwoInputsIsRenamedAndTheRunGoesOn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        String text = String.join(" ", java.util.Collections.nCopies(3, "The council approved the new bridge on Tuesday after a long debate about costs, "
                + "schools and the hospital, and the mayor said work would start in the spring."));
        java.nio.file.Path a = tmp.resolve("a.jsonl"), b = tmp.resolve("b.jsonl");
        java.nio.file.Files.writeString(a, JSON.writeValueAsString(java.util.Map.of("id", "story", "text", text)) + "\n");
        java.nio.file.Files.writeString(b, JSON.writeValueAsString(java.util.Map.of("id", "story", "text", text + " Extra words at the end.")) + "\n");
        List<String> in = List.of(a.toString(), b.toString());
        Problems problems = Problems.silent();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, DedupService.run(in, DedupOptions.defaults(), OutputFormat.JSONL, out, problems));
        List<JsonNode> rows = lines(out);
        assertEquals(2, rows.get(0).get("articles").asInt());
        assertEquals("cluster", rows.get(1).get("type").asText());
        List<String> ids = new ArrayList<>();
        rows.get(1).get("members").forEach(m -> ids.add(m.get("id").asText()));
        assertEquals(List.of("story", "story~2"), ids.stream().sorted().toList());
        assertTrue(problems.warningMessages().stream().anyMatch(w -> w.contains("duplicate article id story")), problems.warningMessages().toString());
        out.reset();
        assertEquals(0, DedupService.keepCanonical(in, DedupOptions.defaults(), out, null, Problems.silent()));
        List<JsonNode> kept = lines(out);
        assertEquals(1, kept.size());
        assertEquals(rows.get(1).get("canonical").asText(), kept.get(0).get("id").asText());
    }
}
