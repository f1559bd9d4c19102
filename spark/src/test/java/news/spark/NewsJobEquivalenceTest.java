package news.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.app.CleanService;
import news.app.DedupService;
import news.app.Problems;
import news.app.QuotesService;
import news.dedup.DedupOptions;
import news.eval.CorpusGenerator;
import news.output.OutputFormat;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2] against the CLI's own services on the same inputs: articles,
 * quotes, clusters and passages must be equal record for record (same ids, texts, fields,
 * cluster members and canonicals).
 */
class NewsJobEquivalenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The seed corpus committed with the project (5 raw text dumps). */
    static final Path SEED = Path.of("../corpus");

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void seedCorpusEqualsTheCli(@TempDir Path tmp) throws IOException {
        assertTrue(Files.isDirectory(SEED), "seed corpus at " + SEED.toAbsolutePath());
        Compared c = compare(List.of(SEED.toString()), tmp.resolve("out"));
        assertEquals(5, c.articles, "seed articles");
    }

    /**
     * A generated corpus of 3,000 articles (variations of the seed documents, so with many
     * near-duplicates and repeated chrome lines), split over several JSON Lines files plus a
     * directory of text files, so partitions, file order and ids all matter.
     */
    @Test
    void generatedCorpusEqualsTheCli(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        CorpusGenerator gen = new CorpusGenerator(CorpusGenerator.readSources(SEED));
        gen.write(tmp.resolve("gen"), 2600, CorpusGenerator.Kind.JSONL, CorpusGenerator.Size.SHORT, 11L);
        splitJsonl(tmp.resolve("gen/articles.jsonl"), in.resolve("jsonl"), 5);
        gen.write(in.resolve("txt"), 400, CorpusGenerator.Kind.TXT, CorpusGenerator.Size.FULL, 12L);
        Compared c = compare(List.of(in.toString()), tmp.resolve("out"));
        assertEquals(3000, c.articles, "generated articles");
        assertTrue(c.quotes > 100, "quotes compared: " + c.quotes);
        assertTrue(c.clusters > 20, "clusters compared: " + c.clusters);
    }

    record Compared(int articles, int quotes, int clusters, int passages) {
    }

    static Compared compare(List<String> inputs, Path out) throws IOException {
        NewsJob.Result r = NewsJob.run(spark, new NewsJob.Options("all", inputs, out.toString(), "jsonl", 0, false));
        assertEquals(0, r.skipped(), "nothing skipped");

        Map<String, JsonNode> cliArticles = byKey(cli(o -> CleanService.run(inputs, OutputFormat.JSONL, o, Problems.silent(), 2)), "id");
        Map<String, JsonNode> sparkArticles = byKey(table(out.resolve("articles")), "id");
        assertEquals(cliArticles.keySet(), sparkArticles.keySet(), "article ids");
        for (String id : cliArticles.keySet()) assertEquals(cliArticles.get(id), sparkArticles.get(id), "article " + id);

        QuotesService.Options qo = new QuotesService.Options(OutputFormat.JSONL, null, java.util.Set.of(), 0, false, false, 2);
        List<JsonNode> cliQuotes = sorted(cli(o -> QuotesService.run(inputs, qo, o, Problems.silent())));
        List<JsonNode> sparkQuotes = sorted(table(out.resolve("quotes")));
        assertEquals(cliQuotes.size(), sparkQuotes.size(), "number of quotes");
        for (int k = 0; k < cliQuotes.size(); k++) assertEquals(cliQuotes.get(k), sparkQuotes.get(k), "quote " + k);

        List<JsonNode> report = cli(o -> DedupService.run(inputs, DedupOptions.defaults(), OutputFormat.JSONL, o, Problems.silent()));
        Map<String, JsonNode> cliClusters = byKey(ofType(report, "cluster"), "cluster_id");
        Map<String, JsonNode> sparkClusters = byKey(table(out.resolve("clusters")), "cluster_id");
        assertEquals(cliClusters.keySet(), sparkClusters.keySet(), "cluster ids");
        for (String id : cliClusters.keySet()) assertEquals(cliClusters.get(id), sparkClusters.get(id), "cluster " + id);

        Map<String, JsonNode> cliPassages = byKey(ofType(report, "passage"), "passage_id");
        Map<String, JsonNode> sparkPassages = byKey(table(out.resolve("passages")), "passage_id");
        assertEquals(cliPassages.keySet(), sparkPassages.keySet(), "passage ids");
        for (String id : cliPassages.keySet()) assertEquals(cliPassages.get(id), sparkPassages.get(id), "passage " + id);
        assertEquals(cliArticles.size(), r.rows().get("articles"), "articles counted");
        return new Compared(cliArticles.size(), cliQuotes.size(), cliClusters.size(), cliPassages.size());
    }

    interface CliRun {
        int run(java.io.OutputStream out) throws IOException;
    }

    static List<JsonNode> cli(CliRun run) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        assertEquals(0, run.run(b), "CLI exit code");
        List<JsonNode> out = new ArrayList<>();
        for (String line : b.toString(StandardCharsets.UTF_8).split("\n")) if (!line.isBlank()) out.add(JSON.readTree(line));
        return out;
    }

    /** The rows of a table the job wrote as JSON Lines (all part files). */
    static List<JsonNode> table(Path dir) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) if (!line.isBlank()) out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    static List<JsonNode> ofType(List<JsonNode> rows, String type) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : rows) {
            if (!type.equals(n.path("type").asText())) continue;
            ObjectNode o = n.deepCopy();
            o.remove("type");
            out.add(o);
        }
        return out;
    }

    static Map<String, JsonNode> byKey(List<JsonNode> rows, String key) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        for (JsonNode n : rows) assertEquals(null, m.put(n.get(key).asText(), n), "unique " + key + " " + n.get(key));
        return m;
    }

    static List<JsonNode> sorted(List<JsonNode> rows) {
        List<JsonNode> out = new ArrayList<>(rows);
        out.sort(Comparator.comparing((JsonNode n) -> n.get("article_id").asText())
                .thenComparingInt(n -> n.get("paragraph").asInt())
                .thenComparingInt(n -> n.get("start").asInt())
                .thenComparing(n -> n.get("quote").asText()));
        return out;
    }

    /** Splits one JSON Lines file into {@code parts} files of consecutive lines (input order kept). */
    static void splitJsonl(Path file, Path dir, int parts) {
        try {
            Files.createDirectories(dir);
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
            int per = (lines.size() + parts - 1) / parts;
            for (int k = 0; k < parts; k++) {
                List<String> mine = lines.subList(Math.min(lines.size(), k * per), Math.min(lines.size(), (k + 1) * per));
                Files.write(dir.resolve(String.format("part-%02d.jsonl", k)), mine, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
