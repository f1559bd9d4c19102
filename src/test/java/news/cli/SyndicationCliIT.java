package news.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13 / issue 15 item 3 through the real CLI: wire copies keep their text; a repeated id is no fatal error. */
class SyndicationCliIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path SEED = Path.of("corpus", "000_9593ee212aa8f005.txt");

    private static Map<String, Integer> wordCounts(CliRunner.Result r) throws Exception {
        Map<String, Integer> out = new HashMap<>();
        for (String l : r.outLines()) {
            JsonNode a = JSON.readTree(l);
            out.put(a.get("id").asText(), a.get("word_count").asInt());
        }
        return out;
    }

    @Test
    void fiveCopiesOfOneArticleKeepTheirWordsBesideTheOtherSeeds(@TempDir Path tmp) throws Exception {
        int alone = wordCounts(CliRunner.run("clean", "--format", "jsonl", SEED.toString())).get("000_9593ee212aa8f005");
        try (var s = Files.list(Path.of("corpus"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt") && !p.equals(SEED)).toList()) Files.copy(p, tmp.resolve(p.getFileName()));
        }
        for (int i = 1; i <= 5; i++) Files.copy(SEED, tmp.resolve("copy" + i + ".txt"));
        CliRunner.Result r = CliRunner.run("clean", "--format", "jsonl", tmp.toString());
        assertEquals(0, r.exit(), r.err());
        Map<String, Integer> words = wordCounts(r);
        assertEquals(9, words.size());
        for (int i = 1; i <= 5; i++) assertEquals(alone, words.get("copy" + i), "copy" + i + " of " + alone + " words");
    }

    @Test
    void dedupRenamesAnIdRepeatedAcrossInputsAndGoesOn(@TempDir Path tmp) throws Exception {
        String text = Files.readString(SEED);
        Files.writeString(tmp.resolve("a.jsonl"), JSON.writeValueAsString(Map.of("id", "same", "text", text)) + "\n");
        Files.writeString(tmp.resolve("b.jsonl"), JSON.writeValueAsString(Map.of("id", "same", "text", text)) + "\n");
        CliRunner.Result r = CliRunner.run("dedup", "--format", "jsonl", tmp.resolve("a.jsonl").toString(), tmp.resolve("b.jsonl").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("duplicate article id same") && r.err().contains("same~2"), r.err());
        JsonNode cluster = JSON.readTree(r.outLines().get(1));
        assertEquals("cluster", cluster.get("type").asText());
        assertEquals(2, cluster.get("members").size());
    }
}
