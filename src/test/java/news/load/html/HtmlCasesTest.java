package news.load.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import news.model.Metadata;
import news.model.SourceDocument;
import news.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases under src/test/resources/html/&lt;case&gt;/: input.html (raw bytes), expected.json
 * (metadata fields that must match exactly, null included; first / last paragraph openings;
 * paragraph count; phrases the text must contain / exclude), README (what the case is about).
 */
class HtmlCasesTest {
    static final Path CASES = Path.of("src/test/resources/html");
    static final int EXPECTED_CASES = 22;

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @Test
    void allCasesArePresent() throws IOException {
        List<Path> all = cases().toList();
        assertEquals(EXPECTED_CASES, all.size(), "cases found: " + all);
        for (Path c : all) {
            assertTrue(Files.isRegularFile(c.resolve("input.html")), c + "/input.html");
            assertTrue(Files.isRegularFile(c.resolve("expected.json")), c + "/expected.json");
            assertTrue(Files.isRegularFile(c.resolve("README")), c + "/README");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesExpectation(Path dir) throws Exception {
        byte[] bytes = Files.readAllBytes(dir.resolve("input.html"));
        JsonNode want = Json.MAPPER.readTree(dir.resolve("expected.json").toFile());
        String name = dir.getFileName().toString();
        SourceDocument doc = HtmlReader.fromBytes(bytes, null, name, name + ".html", Metadata.EMPTY, Metadata.EMPTY);
        assertEquals("html", doc.format());
        Metadata m = doc.metadata();
        checkField(want, "title", m.title());
        checkField(want, "byline", m.byline());
        checkField(want, "published", m.published());
        checkField(want, "site", m.site());
        checkField(want, "language", m.language());
        checkField(want, "url", m.url());
        String[] paragraphs = doc.text().split("\n\n");
        if (want.has("paragraphs")) {
            assertEquals(want.get("paragraphs").asInt(), paragraphs.length, "paragraphs of\n" + doc.text());
        }
        if (want.has("first_paragraph_starts")) {
            assertTrue(paragraphs[0].startsWith(want.get("first_paragraph_starts").asText()), "first paragraph: " + paragraphs[0]);
        }
        if (want.has("last_paragraph_starts")) {
            String last = paragraphs[paragraphs.length - 1];
            assertTrue(last.startsWith(want.get("last_paragraph_starts").asText()), "last paragraph: " + last);
        }
        for (JsonNode c : want.path("contains")) assertTrue(doc.text().contains(c.asText()), "missing '" + c.asText() + "' in\n" + doc.text());
        for (JsonNode c : want.path("excludes")) assertFalse(doc.text().contains(c.asText()), "leaked '" + c.asText() + "' in\n" + doc.text());
    }

    private static void checkField(JsonNode want, String field, String actual) {
        if (!want.has(field)) return;
        JsonNode w = want.get(field);
        assertEquals(w.isNull() ? null : w.asText(), actual, field);
    }
}
