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
        writeCopies(in.resolve("jsonl"), 5, 10, in.resolve("jsonl/part-05.jsonl"));
        gen.write(in.resolve("txt"), 400, CorpusGenerator.Kind.TXT, CorpusGenerator.Size.FULL, 12L);
        Compared c = compare(List.of(in.toString()), tmp.resolve("out"));
        assertEquals(3260, c.articles, "generated articles and copies");
        assertTrue(c.quotes > 100, "quotes compared: " + c.quotes);
        // variations of five sources: a few clusters of hundreds (canonical choice, relations via peers)
        assertTrue(c.clusters >= 3, "clusters compared: " + c.clusters);
    }

    /** The shared benchmark data beside the clone (from spark/: ../../shared), else the workplace copy. */
    static final Path AEB = Stream.of("../../shared", "../../../shared", "/work/shared").map(Path::of)
            .filter(Files::isDirectory).findFirst().orElse(Path.of("../../shared")).resolve("bench/aeb");

    /**
     * Every reader and many clusters: the 181 real pages of the shared HTML benchmark, half as
     * HTML files and half as one WARC.gz of HTTP responses, their text dumps (../shared/bench/aeb-text),
     * and JSON Lines copies of a third of the dumps (exact, cut, extended). Skipped when the
     * shared benchmark data is absent.
     */
    @Test
    void benchmarkPagesInEveryFormatEqualTheCli(@TempDir Path tmp) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(AEB.resolve("html")), "no " + AEB.toAbsolutePath());
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("html"));
        List<Path> pages;
        try (Stream<Path> s = Files.list(AEB.resolve("html"))) {
            pages = s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
        }
        try (var out = Files.newOutputStream(in.resolve("crawl.warc.gz"));
             var w = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.Channels.newChannel(out),
                     org.netpreserve.jwarc.WarcCompression.GZIP)) {
            for (int i = 0; i < pages.size(); i++) {
                Path p = pages.get(i);
                if (i % 2 == 0) {
                    Files.copy(p, in.resolve("html").resolve(p.getFileName()));
                    continue;
                }
                byte[] html;
                try (var z = new java.util.zip.GZIPInputStream(Files.newInputStream(p))) {
                    html = z.readAllBytes();
                }
                var http = new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
                        .body(org.netpreserve.jwarc.MediaType.parse("text/html; charset=utf-8"), html).build();
                w.write(new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create("https://news.example/" + i))
                        .recordId(java.util.UUID.nameUUIDFromBytes(p.getFileName().toString().getBytes(StandardCharsets.UTF_8)))
                        .date(java.time.Instant.parse("2023-03-15T12:00:00Z")).body(http).build());
            }
        }
        Path texts = AEB.resolveSibling("aeb-text");
        List<String> jsonl = new ArrayList<>();
        try (Stream<Path> s = Files.list(texts)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                ObjectNode n = JSON.createObjectNode();
                n.put("id", "t-" + p.getFileName().toString().substring(0, 12));
                n.put("text", Files.readString(p));
                jsonl.add(JSON.writeValueAsString(n));
            }
        }
        Files.createDirectories(in.resolve("jsonl"));
        Files.write(in.resolve("jsonl/part-00.jsonl"), jsonl, StandardCharsets.UTF_8);
        writeCopies(in.resolve("jsonl"), 1, 3, in.resolve("jsonl/part-01.jsonl"));
        Compared c = compare(List.of(in.toString()), tmp.resolve("out"));
        assertTrue(c.articles > 400, "articles compared: " + c.articles);
        assertTrue(c.clusters > 50, "clusters compared: " + c.clusters);
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

        QuotesService.Options qo = new QuotesService.Options(OutputFormat.JSONL, null, java.util.Set.of(), 0, true, false, 2);
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

    /**
     * Wire-style copies of every {@code every}-th article of part files 0..parts-1 (ids "cp…", after the originals): an
     * exact copy, a copy cut to its first two thirds (contained), or one with a sentence added
     * (near-duplicate), so that clusters of every relation occur.
     */
    static void writeCopies(Path dir, int parts, int every, Path out) throws IOException {
        List<String> copies = new ArrayList<>();
        int k = 0;
        for (int part = 0; part < parts; part++) {
            for (String line : Files.readAllLines(dir.resolve(String.format("part-%02d.jsonl", part)), StandardCharsets.UTF_8)) {
                if (k++ % every != 0) continue;
                ObjectNode n = (ObjectNode) JSON.readTree(line);
                String text = n.get("text").asText();
                String copy = switch (k % 3) {
                    case 0 -> text;
                    case 1 -> text.substring(0, text.lastIndexOf(' ', text.length() * 2 / 3));
                    default -> text + "\n\nThe agency contributed reporting to this article.";
                };
                n.put("id", "cp" + n.get("id").asText());
                n.put("text", copy);
                copies.add(JSON.writeValueAsString(n));
            }
        }
        Files.write(out, copies, StandardCharsets.UTF_8);
    }

    /**
     * Splits one JSON Lines file into {@code parts} files of consecutive lines (input order kept);
     * ids become "jl…" so they differ from the generated text files' ("gen…").
     */
    static void splitJsonl(Path file, Path dir, int parts) {
        try {
            Files.createDirectories(dir);
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .map(l -> l.replace("{\"id\":\"gen", "{\"id\":\"jl")).toList();
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
