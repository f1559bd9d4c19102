package news.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import news.app.Corpus;
import news.app.DedupCorpusSource;
import news.app.Problems;
import news.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases under src/test/resources/dedup/CASE/: inputs (input/ or the paths named in
 * expected.json, relative to the project root) run through loader, cleaner and dedup with default
 * options; expected.json names the clusters exactly (canonical and relation per member) and
 * passages that must be found with exactly the articles carrying them.
 */
class DedupGoldenTest {
    static final Path ROOT = Path.of("src", "test", "resources", "dedup");
    static final int CASES = 3;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("expected.json")))
                    .map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void findsEveryCase() throws IOException {
        assertEquals(CASES, cases().count(), "golden cases under " + ROOT);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesExpectations(String name) throws IOException {
        Path dir = ROOT.resolve(name);
        JsonNode exp = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
        List<String> inputs = new ArrayList<>();
        if (exp.has("inputs")) exp.get("inputs").forEach(n -> inputs.add(n.asText()));
        else inputs.add(dir.resolve("input").toString());

        DedupCorpusSource source = new DedupCorpusSource(Corpus.open(inputs, Problems.silent()));
        DedupResult r = new Deduplicator(DedupOptions.defaults()).run(source);
        Map<String, String> texts = new HashMap<>();
        source.forEachArticle((Article a) -> texts.put(a.id(), a.text()));

        assertEquals(exp.get("articles").asInt(), r.articles(), name + ": articles");
        // clusters: exactly the expected ones
        Set<String> want = new TreeSet<>();
        for (JsonNode c : exp.get("clusters")) {
            Map<String, String> m = new TreeMap<>();
            c.get("members").fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
            want.add(c.get("canonical").asText() + " " + m);
        }
        Set<String> got = new TreeSet<>();
        for (Cluster c : r.clusters()) {
            Map<String, String> m = new TreeMap<>();
            for (Cluster.Member mem : c.members()) m.put(mem.id(), mem.relation().toString());
            got.add(c.canonical() + " " + m);
        }
        assertEquals(want, got, name + ": clusters");

        // every occurrence's offsets slice the same words out of its article
        for (Passage p : r.passages()) {
            String words = normalised(p.text());
            for (Passage.Occurrence o : p.occurrences()) {
                assertEquals(words, normalised(texts.get(o.id()).substring(o.start(), o.end())),
                        name + ": " + p.passageId() + " at " + o);
            }
        }
        // expected passages: the passage containing the text with the most carriers has exactly these
        for (JsonNode e : exp.get("passages")) {
            String want1 = normalised(e.get("contains").asText());
            Set<String> ids = new TreeSet<>();
            e.get("ids").forEach(n -> ids.add(n.asText()));
            Set<String> best = new TreeSet<>();
            for (Passage p : r.passages()) {
                if (!normalised(p.text()).contains(want1)) continue;
                Set<String> carriers = new TreeSet<>();
                for (Passage.Occurrence o : p.occurrences()) carriers.add(o.id());
                if (carriers.size() > best.size()) best = carriers;
            }
            assertEquals(ids, best, name + ": articles carrying \"" + e.get("contains").asText() + "\"");
        }
    }

    static String normalised(String s) {
        return String.join(" ", Arrays.asList(Tokens.words(s, Tokens.of(s))));
    }
}
