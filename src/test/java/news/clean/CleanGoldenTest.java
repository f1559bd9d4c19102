package news.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.load.TextDecoder;
import news.model.Article;
import news.model.Metadata;
import news.model.Paragraph;
import news.model.Removal;
import news.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden cases under src/test/resources/clean/ (see the README there). */
class CleanGoldenTest {
    static final Path CASES = Path.of("src/test/resources/clean");
    static final int EXPECTED_CASES = 5;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, SourceDocument> corpus;
    private static RepetitionIndex index;

    static List<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("expected.json"))).sorted().toList();
        }
    }

    @Test
    void findsAllCases() throws IOException {
        assertEquals(EXPECTED_CASES, cases().size());
    }

    /** All inputs of all cases, loaded as one corpus, as the clean command does. */
    static synchronized void loadCorpus() throws Exception {
        if (corpus != null) return;
        corpus = new HashMap<>();
        index = RepetitionIndex.empty();
        for (Path c : cases()) {
            String input = JSON.readTree(c.resolve("expected.json").toFile()).get("input").asText();
            byte[] bytes = Files.readAllBytes(Path.of(input));
            SourceDocument doc = new SourceDocument(c.getFileName().toString(), input, "txt", TextDecoder.sha256(bytes),
                    TextDecoder.decode(bytes, input).text(), Metadata.EMPTY, List.of());
            corpus.put(input, doc);
            index.add(doc);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void golden(Path dir) throws Exception {
        loadCorpus();
        JsonNode exp = JSON.readTree(dir.resolve("expected.json").toFile());
        SourceDocument doc = corpus.get(exp.get("input").asText());
        Article a = new TextCleaner().clean(doc, index);
        String body = a.text();
        String name = dir.getFileName().toString();

        JsonNode title = exp.get("title");
        assertEquals(title.isNull() ? null : title.asText(), a.title(), name + ": title");
        assertTrue(body.startsWith(exp.get("first").asText()), name + ": body starts with\n" + body.substring(0, Math.min(200, body.length())));
        assertTrue(body.endsWith(exp.get("last").asText()), name + ": body ends with\n" + body.substring(Math.max(0, body.length() - 200)));
        for (JsonNode absent : exp.get("absent")) {
            assertFalse(body.contains(absent.asText()), name + ": body must not contain " + absent);
        }
        List<String> credits = new ArrayList<>();
        exp.get("credits").forEach(c -> credits.add(c.asText()));
        assertEquals(credits, a.credits(), name + ": credits");
        if (exp.get("nothing_removed").asBoolean()) {
            assertEquals(List.of(), a.removed(), name + ": nothing may be removed");
        }
        assertVerbatim(doc.text(), a);
    }

    /** Paragraphs and removals are verbatim, ordered, non-overlapping spans of the source. */
    static void assertVerbatim(String source, Article a) {
        List<int[]> spans = new ArrayList<>();
        for (Paragraph p : a.paragraphs()) {
            assertEquals(source.substring(p.start(), p.end()), p.text());
            spans.add(new int[] {p.start(), p.end()});
        }
        for (Removal r : a.removed()) {
            assertEquals(source.substring(r.start(), r.end()), r.text());
            spans.add(new int[] {r.start(), r.end()});
        }
        spans.sort((x, y) -> Integer.compare(x[0], y[0]));
        for (int i = 1; i < spans.size(); i++) {
            assertTrue(spans.get(i - 1)[1] <= spans.get(i)[0], "overlapping spans at " + spans.get(i)[0]);
        }
    }
}
