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
import java.util.zip.GZIPInputStream;
import news.app.Corpus;
import news.app.Problems;
import news.clean.RepetitionIndex;
import news.clean.TextCleaner;
import news.eval.BodyScore;
import news.model.Metadata;
import news.model.SourceDocument;
import news.output.Json;

/**
 * Article-body benchmark on the aeb pages: our extractor alone, the full pipeline users get
 * ({@link Corpus} + {@link TextCleaner} -> article.text()), and Readability4J side by side, with
 * precision / recall / F1 (the benchmark's metric, {@link BodyScore}) on all pages and on the
 * even / odd halves (in file-name order), plus metadata coverage and the speed of each
 * ({@link SpeedComparison}: same pages, same JVM, interleaved rounds, median, CPU time). Two
 * ratios: the extractor against Readability4J, both given the same decoded String (parse,
 * metadata and page type on our side); and the full pipeline from the page's bytes (charset
 * detection and the cleaner added) against the same Readability4J run, whose decoding is free.
 *
 * <p>Usage: {@code HtmlBenchmark [benchDir] [--worst N] [--no-peer] [--rounds N] [--warmup N] [--only id]}; benchDir defaults
 * to ../shared/bench/aeb (or {@code -Dnews.shared=DIR}).
 */
public final class HtmlBenchmark {

    /** Scores of one run. */
    public record Result(String name, BodyScore all, BodyScore even, BodyScore odd, double pagesPerSecond,
                         String clock, Map<String, BodyScore.DocScore> perPage) {}

    public static void main(String[] args) throws Exception {
        Path dir = defaultDir();
        int worst = 0;
        boolean peer = true;
        int rounds = 5, warmup = 3;
        String only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--worst" -> worst = Integer.parseInt(args[++i]);
                case "--no-peer" -> peer = false;
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
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
            String gold = squash(b.truth.get(only));
            String ours = squash(join(p));
            // '+' marks a block not in the ground truth, '-' a ground-truth paragraph we missed
            p.blocks().forEach(x -> System.out.println((gold.contains(squash(x.text())) ? "  " : "+ ") + "[" + x.tag() + "] " + x.text()));
            for (String para : b.truth.get(only).split("\n+")) {
                if (!para.isBlank() && !ours.contains(squash(para))) System.out.println("- " + para);
            }
            System.out.println(BodyScore.score(join(p), b.truth.get(only)));
            return;
        }
        // Same pages, same JVM, interleaved rounds after warm-up, median round (SpeedComparison).
        // Our extractor and Readability4J get the same decoded String; the full pipeline starts
        // from the page's bytes (charset detection included) and ends with the cleaned article.
        List<String> html = new ArrayList<>();
        for (String id : b.ids) html.add(HtmlCharset.decode(b.pages.get(id), null, id).html());
        List<SpeedComparison.Contender> contenders = new ArrayList<>();
        contenders.add(new SpeedComparison.Contender(EXTRACTOR, i -> ours(html.get(i))));
        contenders.add(new SpeedComparison.Contender(FULL, b.fullFromBytes()));
        if (peer) contenders.add(new SpeedComparison.Contender(PEER, i -> ReadabilityPeer.extract(html.get(i))));
        Map<String, SpeedComparison.Timing> times = SpeedComparison.race(contenders, b.ids.size(), warmup, rounds);
        Result ours = b.score("news extractor only", times.get(EXTRACTOR).out(),
                b.ids.size() / times.get(EXTRACTOR).medianThreadCpu(), "thread CPU, median round");
        Result full = b.fullPipeline(dir.resolve("html"));
        print(ours);
        print(full);
        print(b.score("full pipeline, in memory", times.get(FULL).out(),
                b.ids.size() / times.get(FULL).medianThreadCpu(), "thread CPU, median round"));
        if (peer) {
            print(b.score(PEER, times.get(PEER).out(), b.ids.size() / times.get(PEER).medianThreadCpu(),
                    "thread CPU, median round"));
        }
        SpeedComparison.print(times, b.ids.size(), EXTRACTOR, PEER, warmup, rounds);
        if (peer) SpeedComparison.print(Map.of(FULL, times.get(FULL), PEER, times.get(PEER)), b.ids.size(), FULL, PEER,
                warmup, rounds);
        b.coverage();
        if (!b.lostByReason.isEmpty()) System.out.println("article text the cleaner removed (chars by reason): " + b.lostByReason);
        if (worst > 0) {
            System.out.println("worst pages (extractor only):");
            ours.perPage().entrySet().stream()
                    .sorted(Comparator.comparingDouble(e -> f1(e.getValue())))
                    .limit(worst)
                    .forEach(e -> System.out.printf(Locale.ROOT, "  %.3f P=%.3f R=%.3f %s%n", f1(e.getValue()),
                            e.getValue().precision(), e.getValue().recall(), e.getKey()));
        }
    }

    static final String EXTRACTOR = "news extractor (String in: parse, metadata, page type)";
    static final String FULL = "news full pipeline (bytes in: charset, extractor, cleaner)";
    static final String PEER = "Readability4J 1.0.8";

    /** {@code -Dnews.shared=DIR} (the shared data folder), else ../shared as seen from the project root. */
    static Path defaultDir() {
        return sharedDir().resolve("bench").resolve("aeb");
    }

    /** {@code -Dnews.shared}, else ../shared (the main checkout) or ../../shared (a worktree under wt/). */
    static Path sharedDir() {
        String p = System.getProperty("news.shared");
        if (p != null) return Path.of(p);
        return Files.isDirectory(Path.of("../shared")) ? Path.of("../shared") : Path.of("../../shared");
    }

    private static String squash(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) b.append(s.charAt(i));
        return b.toString();
    }

    static double f1(BodyScore.DocScore s) {
        double p = s.precision(), r = s.recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static void print(Result r) {
        System.out.printf(Locale.ROOT, "%-24s F1 %.4f  P %.4f  R %.4f | even F1 %.4f | odd F1 %.4f | %d pages, %.1f pages/s (%s)%n",
                r.name(), r.all().f1(), r.all().precision(), r.all().recall(), r.even().f1(), r.odd().f1(),
                r.all().documents(), r.pagesPerSecond(), r.clock());
    }

    static String ours(String html) {
        return join(HtmlReader.extract(html, null));
    }

    private static String join(HtmlReader.Page p) {
        StringBuilder sb = new StringBuilder();
        for (HtmlExtractor.Block b : p.blocks()) sb.append(b.text()).append("\n\n");
        return sb.toString();
    }

    /** CPU time of the measuring thread (WcxbBenchmark's single-pass timing). */
    static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

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

        /** One pass of {@code extractor} over the decoded pages (thread CPU time, one pass). */
        Result run(String name, java.util.function.Function<String, String> extractor) throws Exception {
            List<String> html = new ArrayList<>();
            for (String id : ids) html.add(HtmlCharset.decode(pages.get(id), null, id).html());
            List<String> predicted = new ArrayList<>();
            long t0 = CPU.getCurrentThreadCpuTime();
            for (String h : html) {
                String out;
                try {
                    out = extractor.apply(h);
                } catch (RuntimeException e) {
                    out = "";
                }
                predicted.add(out);
            }
            double secs = (CPU.getCurrentThreadCpuTime() - t0) / 1e9;
            return score(name, predicted, ids.size() / secs, "thread CPU, one pass");
        }

        /**
         * {@code news clean} on one page, single-threaded and in memory (no file reading): the
         * page's bytes through {@link HtmlReader#fromBytes} (charset detection, extraction,
         * metadata, page type), the first pass's line hashes, and the cleaner with the index of
         * all pages (built once, before timing, as the first pass would).
         */
        java.util.function.IntFunction<String> fullFromBytes() {
            TextCleaner cleaner = new TextCleaner();
            RepetitionIndex index = RepetitionIndex.empty();
            for (String id : ids) {
                SourceDocument d = document(id);
                if (d != null) index.add(d);
            }
            return i -> {
                SourceDocument d = document(ids.get(i));
                if (d == null) return "";
                RepetitionIndex.linesOf(d);
                return cleaner.clean(d, index).text();
            };
        }

        private SourceDocument document(String id) {
            try {
                return HtmlReader.fromBytes(pages.get(id), null, id, id + ".html.gz", Metadata.EMPTY, Metadata.EMPTY);
            } catch (news.load.LoadException e) {
                return null;
            }
        }

        Result score(String name, List<String> predicted, double pps, String clock) {
            BodyScore all = new BodyScore(), even = new BodyScore(), odd = new BodyScore();
            Map<String, BodyScore.DocScore> per = new LinkedHashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                BodyScore.DocScore s = all.add(predicted.get(i), truth.get(id));
                (i % 2 == 0 ? even : odd).add(predicted.get(i), truth.get(id));
                per.put(id, s);
            }
            return new Result(name, all, even, odd, pps, clock, per);
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
                    if (t.length() >= 20 && gold.contains(t)) {
                        lostByReason.merge(r.reason(), t.length(), Integer::sum);
                        if (Boolean.getBoolean("news.showLost")) System.out.println("lost " + r.reason() + " " + a.id() + ": " + t);
                    }
                }
            });
            double secs = (System.nanoTime() - t0) / 1e9;
            List<String> predicted = new ArrayList<>();
            for (String id : ids) predicted.add(byId.getOrDefault(id, ""));
            return score("full pipeline", predicted, ids.size() / secs, "wall clock, 1 thread, 2 passes");
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
