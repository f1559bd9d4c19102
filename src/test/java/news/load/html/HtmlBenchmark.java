package news.load.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import news.app.Corpus;
import news.app.Problems;
import news.clean.TextCleaner;
import news.eval.BodyScore;
import news.output.Json;

/**
 * Article-body benchmark on the aeb pages: our extractor alone, the full pipeline users get
 * ({@link Corpus} + {@link TextCleaner} -> article.text()), and Readability4J side by side, with
 * precision / recall / F1 (the benchmark's metric, {@link BodyScore}) on all pages and on the
 * even / odd halves (in file-name order), plus pages/s and metadata coverage.
 *
 * <p>Usage: {@code HtmlBenchmark [benchDir] [--worst N] [--no-peer] [--only id]}; benchDir defaults
 * to ../shared/bench/aeb (or {@code -Dnews.shared=DIR}).
 */
public final class HtmlBenchmark {

    /** Scores of one run. */
    public record Result(String name, BodyScore all, BodyScore even, BodyScore odd, double pagesPerSecond,
                         Map<String, BodyScore.DocScore> perPage) {}

    public static void main(String[] args) throws Exception {
        Path dir = defaultDir();
        int worst = 0;
        boolean peer = true;
        String only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--worst" -> worst = Integer.parseInt(args[++i]);
                case "--no-peer" -> peer = false;
                case "--only" -> only = args[++i];
                default -> dir = Path.of(args[i]);
            }
        }
        if (!Files.isDirectory(dir.resolve("html"))) {
            System.err.println("no benchmark data at " + dir.toAbsolutePath() + " (expected html/ and ground-truth.json)");
            System.exit(2);
        }
        Bench b = Bench.load(dir);
        if (only != null) {
            byte[] page = b.pages.get(only);
            HtmlReader.Page p = HtmlReader.extract(HtmlCharset.decode(page, null, only).html(), null);
            System.out.println(p.metadata());
            p.blocks().forEach(x -> System.out.println("[" + x.tag() + "] " + x.text()));
            System.out.println("---- truth:\n" + b.truth.get(only));
            System.out.println(BodyScore.score(join(p), b.truth.get(only)));
            return;
        }
        // warm-up so both extractors are measured JIT-compiled
        b.run("warm-up", HtmlBenchmark::ours);
        Result ours = b.run("news extractor only", HtmlBenchmark::ours);
        Result full = b.fullPipeline(dir.resolve("html"));
        print(ours);
        print(full);
        if (peer) {
            b.run("warm-up", ReadabilityPeer::extract);
            Result r4j = b.run("Readability4J 1.0.8", ReadabilityPeer::extract);
            print(r4j);
            System.out.printf(Locale.ROOT, "speed ratio (ours / Readability4J): %.2fx%n",
                    ours.pagesPerSecond() / r4j.pagesPerSecond());
        }
        b.coverage();
        if (!b.lostByReason.isEmpty()) System.out.println("article text the cleaner removed (chars by reason): " + b.lostByReason);
        if (worst > 0) {
            System.out.println("worst pages (full pipeline):");
            full.perPage().entrySet().stream()
                    .sorted(Comparator.comparingDouble(e -> f1(e.getValue())))
                    .limit(worst)
                    .forEach(e -> System.out.printf(Locale.ROOT, "  %.3f P=%.3f R=%.3f %s%n", f1(e.getValue()),
                            e.getValue().precision(), e.getValue().recall(), e.getKey()));
        }
    }

    /** {@code -Dnews.shared=DIR} (the shared data folder), else ../shared as seen from the project root. */
    static Path defaultDir() {
        return Path.of(System.getProperty("news.shared", "../shared"), "bench", "aeb");
    }

    static double f1(BodyScore.DocScore s) {
        double p = s.precision(), r = s.recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static void print(Result r) {
        System.out.printf(Locale.ROOT, "%-24s F1 %.4f  P %.4f  R %.4f | even F1 %.4f | odd F1 %.4f | %d pages, %.1f pages/s%n",
                r.name(), r.all().f1(), r.all().precision(), r.all().recall(), r.even().f1(), r.odd().f1(),
                r.all().documents(), r.pagesPerSecond());
    }

    static String ours(String html) {
        return join(HtmlReader.extract(html, null));
    }

    private static String join(HtmlReader.Page p) {
        StringBuilder sb = new StringBuilder();
        for (HtmlExtractor.Block b : p.blocks()) sb.append(b.text()).append("\n\n");
        return sb.toString();
    }

    /** Pages (raw bytes) and ground truth, ids in file-name order. */
    static final class Bench {
        final Map<String, byte[]> pages = new LinkedHashMap<>();
        final Map<String, String> truth = new LinkedHashMap<>();
        final List<String> ids = new ArrayList<>();

        static Bench load(Path dir) throws IOException {
            Bench b = new Bench();
            JsonNode gt = Json.MAPPER.readTree(dir.resolve("ground-truth.json").toFile());
            List<Path> files;
            try (var s = Files.list(dir.resolve("html"))) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
            }
            for (Path f : files) {
                String id = f.getFileName().toString().replace(".html.gz", "");
                if (!gt.has(id)) continue;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    b.pages.put(id, in.readAllBytes());
                }
                b.truth.put(id, gt.get(id).path("articleBody").asText(""));
                b.ids.add(id);
            }
            return b;
        }

        Result run(String name, Function<String, String> extractor) throws Exception {
            List<String> html = new ArrayList<>();
            for (String id : ids) html.add(HtmlCharset.decode(pages.get(id), null, id).html());
            List<String> predicted = new ArrayList<>();
            long t0 = System.nanoTime();
            for (String h : html) {
                String out;
                try {
                    out = extractor.apply(h);
                } catch (RuntimeException e) {
                    out = "";
                }
                predicted.add(out);
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            return score(name, predicted, ids.size() / secs);
        }

        Result score(String name, List<String> predicted, double pps) {
            BodyScore all = new BodyScore(), even = new BodyScore(), odd = new BodyScore();
            Map<String, BodyScore.DocScore> per = new LinkedHashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                BodyScore.DocScore s = all.add(predicted.get(i), truth.get(id));
                (i % 2 == 0 ? even : odd).add(predicted.get(i), truth.get(id));
                per.put(id, s);
            }
            return new Result(name, all, even, odd, pps, per);
        }

        /** Characters of article text (in the ground truth) that the cleaner removed, by reason. */
        final Map<String, Integer> lostByReason = new java.util.TreeMap<>();

        /** Through Corpus + TextCleaner, exactly as `news clean` runs (single thread for a fair rate). */
        Result fullPipeline(Path htmlDir) throws Exception {
            Map<String, String> byId = new LinkedHashMap<>();
            long t0 = System.nanoTime();
            Corpus corpus = Corpus.open(List.of(htmlDir.toString()), news.load.Loader.standard(), Problems.silent(), 1);
            corpus.forEachArticle(new TextCleaner(), a -> {
                byId.put(a.id(), a.text());
                String gold = truth.get(a.id());
                if (gold == null) return;
                for (var r : a.removed()) {
                    String t = r.text().strip();
                    if (t.length() >= 20 && gold.contains(t)) lostByReason.merge(r.reason(), t.length(), Integer::sum);
                }
            });
            double secs = (System.nanoTime() - t0) / 1e9;
            List<String> predicted = new ArrayList<>();
            for (String id : ids) predicted.add(byId.getOrDefault(id, ""));
            return score("full pipeline", predicted, ids.size() / secs);
        }

        void coverage() throws Exception {
            int title = 0, byline = 0, date = 0, site = 0, lang = 0, url = 0;
            for (String id : ids) {
                var m = HtmlReader.extract(HtmlCharset.decode(pages.get(id), null, id).html(), null).metadata();
                if (m.title() != null) title++;
                if (m.byline() != null) byline++;
                if (m.published() != null) date++;
                if (m.site() != null) site++;
                if (m.language() != null) lang++;
                if (m.url() != null) url++;
            }
            System.out.printf(Locale.ROOT, "metadata coverage on %d pages: title %d, byline %d, published %d, site %d, language %d, url %d%n",
                    ids.size(), title, byline, date, site, lang, url);
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
