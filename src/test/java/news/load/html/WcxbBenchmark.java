package news.load.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import news.app.Corpus;
import news.app.Problems;
import news.clean.TextCleaner;
import news.eval.BodyScore;
import news.eval.KeptAside;
import news.eval.WordScore;
import news.model.Article;
import news.output.Json;

/**
 * Main-content benchmark on WCXB's dev split ({@code ../shared/bench/wcxb-dev}): per page type,
 * the shingle metric ({@link BodyScore}) and the benchmark's word F1 ({@link WordScore}) for our
 * extractor alone, the full pipeline on the HTML ({@code news clean}: {@link Corpus} +
 * {@link TextCleaner}), the full pipeline on the naive text dumps, and Readability4J on the same
 * pages; then title / author / date accuracy and page-type accuracy, and the extractor's speed
 * against Readability4J's on the same decoded pages ({@link SpeedComparison}: one warm-up round,
 * interleaved rounds, median, thread and process CPU time).
 *
 * <p>Every figure is printed twice: on the dev part (pages rules may be tuned on) and on the
 * kept-aside part ({@link KeptAside}: one page in five by a hash of its id, never looked at while
 * tuning). {@code --worst N} and {@code --only ID} refuse kept-aside pages for that reason.
 *
 * <p>Metadata matching (on every page of the type; a true null is matched by a null):
 * title: word-bag F1 of the lower-cased {@code \w+} tokens >= 0.8 (tolerates a site suffix);
 * author: the lower-cased letter tokens of one side contain all of the other's ("By" dropped),
 * so "Dylan Bailey" matches "Dylan Bailey, MS, RD" but a wrong or extra name does not;
 * date: the same calendar day (first 10 characters of the ISO date).
 *
 * <p>Usage: {@code WcxbBenchmark [dir] [--worst N] [--type T] [--only ID] [--no-peer] [--rounds N]}.
 */
public final class WcxbBenchmark {
    static final List<String> TYPES = List.of("article", "forum", "product", "listing", "collection",
            "documentation", "service");

    record Truth(String id, String body, String title, String author, String date, String url, String type,
                 boolean aside) {}

    public static void main(String[] args) throws Exception {
        Path dir = defaultDir();
        int worst = 0, rounds = 3;
        boolean peer = true, extractorOnly = false;
        String worstType = "article", only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--worst" -> worst = Integer.parseInt(args[++i]);
                case "--type" -> worstType = args[++i];
                case "--only" -> only = args[++i];
                case "--where" -> {
                    where(dir, args[i + 1], args[i + 2]);
                    return;
                }
                case "--no-peer" -> peer = false;
                case "--extractor-only" -> {
                    extractorOnly = true;
                    peer = false;
                    rounds = 0;
                }
                case "--meta" -> {
                    metaOnly(dir, args[i + 1]);
                    return;
                }
                case "--types" -> {
                    typesOnly(dir);
                    return;
                }
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> dir = Path.of(args[i]);
            }
        }
        if (!Files.isRegularFile(dir.resolve("ground-truth.json"))) {
            System.err.println("no benchmark data at " + dir.toAbsolutePath() + " (expected ground-truth.json, html/, text/)");
            System.exit(2);
        }
        Map<String, Truth> truth = loadTruth(dir);
        if (only != null) {
            show(dir, truth.get(only));
            return;
        }
        Map<String, String> html = new LinkedHashMap<>();
        for (String id : truth.keySet()) {
            Path f = dir.resolve("html").resolve(id + ".html.gz");
            if (!Files.isRegularFile(f)) continue;
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                bytes = in.readAllBytes();
            }
            html.put(id, HtmlCharset.decode(bytes, null, id).html());
        }
        long aside = truth.values().stream().filter(Truth::aside).count();
        System.out.printf(Locale.ROOT, "wcxb-dev: %d pages (dev %d, kept aside %d: sha256(id) mod 5 == 0)%n",
                truth.size(), truth.size() - aside, aside);

        // Speed first (a fresh heap): both get the same decoded String; warm-up, interleaved
        // rounds, median (SpeedComparison).
        Timed ours = null, r4j = null;
        Map<String, SpeedComparison.Timing> speed = null;
        if (rounds > 0) {
            List<String> ids = new ArrayList<>(html.keySet());
            List<SpeedComparison.Contender> contenders = new ArrayList<>();
            contenders.add(new SpeedComparison.Contender(HtmlBenchmark.EXTRACTOR, i -> HtmlBenchmark.ours(html.get(ids.get(i)))));
            if (peer) {
                contenders.add(new SpeedComparison.Contender(HtmlBenchmark.PEER, i -> ReadabilityPeer.extract(html.get(ids.get(i)))));
            }
            speed = SpeedComparison.race(contenders, ids.size(), 1, rounds);
            ours = timedOf(ids, speed.get(HtmlBenchmark.EXTRACTOR));
            if (peer) r4j = timedOf(ids, speed.get(HtmlBenchmark.PEER));
        }
        if (extractorOnly) {
            ours = timed(html, HtmlBenchmark::ours);
            Map<String, Double> per = table("extractor (HTML)", truth, ours.out);
            articlePr("extractor (HTML)", truth, ours.out);
            String t = worstType;
            per.entrySet().stream()
                    .filter(e -> !truth.get(e.getKey()).aside() && truth.get(e.getKey()).type().equals(t))
                    .sorted(Map.Entry.comparingByValue())
                    .limit(worst)
                    .forEach(e -> System.out.printf(Locale.ROOT, "  %.3f %s%n", e.getValue(), e.getKey()));
            return;
        }
        Map<String, Article> full = clean(dir.resolve("html"));
        Map<String, Article> text = clean(dir.resolve("text"));
        Map<String, String> fullText = new HashMap<>(), textText = new HashMap<>();
        full.forEach((k, v) -> fullText.put(k, v.text()));
        text.forEach((k, v) -> textText.put(k, v.text()));

        System.out.println("main content, F1 per page type: shingle (aeb metric) / word (wcxb metric); dev | kept aside");
        System.out.printf(Locale.ROOT, "%-22s %-13s %5s %7s %7s | %5s %7s %7s%n", "method", "type", "n", "shingle", "word",
                "n", "shingle", "word");
        Map<String, Map<String, Double>> perPage = new LinkedHashMap<>();
        perPage.put("extractor", table("extractor (HTML)", truth, ours.out));
        perPage.put("full", table("full pipeline (HTML)", truth, fullText));
        perPage.put("text", table("full pipeline (text)", truth, textText));
        if (peer) perPage.put("r4j", table("Readability4J 1.0.8", truth, r4j.out));
        articlePr("full pipeline (HTML)", truth, fullText);
        articlePr("extractor (HTML)", truth, ours.out);
        articlePr("full pipeline (text)", truth, textText);

        metadata(truth, full, peer ? r4jMeta(html) : null);
        pageTypes(truth, full);
        if (peer) SpeedComparison.print(speed, html.size(), HtmlBenchmark.EXTRACTOR, HtmlBenchmark.PEER, 1, rounds);
        if (worst > 0) {
            for (String method : List.of("extractor", "full", "text")) {
                System.out.println("worst dev pages of type " + worstType + ", " + method + " (shingle F1):");
                String t = worstType;
                perPage.get(method).entrySet().stream()
                        .filter(e -> !truth.get(e.getKey()).aside() && truth.get(e.getKey()).type().equals(t))
                        .sorted(Map.Entry.comparingByValue())
                        .limit(worst)
                        .forEach(e -> System.out.printf(Locale.ROOT, "  %.3f %s%n", e.getValue(), e.getKey()));
            }
        }
    }

    static Path defaultDir() {
        return HtmlBenchmark.sharedDir().resolve("bench").resolve("wcxb-dev");
    }

    static Map<String, Truth> loadTruth(Path dir) throws IOException {
        JsonNode gt = Json.MAPPER.readTree(dir.resolve("ground-truth.json").toFile());
        Map<String, Truth> out = new TreeMap<>();
        gt.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            out.put(e.getKey(), new Truth(e.getKey(), v.path("articleBody").asText(""), str(v, "title"),
                    str(v, "author"), str(v, "publish_date"), str(v, "url"), v.path("page_type").asText("article"),
                    KeptAside.isKeptAside(e.getKey())));
        });
        return out;
    }

    private static String str(JsonNode v, String field) {
        JsonNode n = v.get(field);
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }

    record Timed(Map<String, String> out, double secs) {}

    private static Timed timedOf(List<String> ids, SpeedComparison.Timing t) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) out.put(ids.get(i), t.out().get(i));
        return new Timed(out, t.medianThreadCpu());
    }

    private static Timed timed(Map<String, String> html, Function<String, String> extractor) {
        Map<String, String> out = new HashMap<>();
        long t0 = HtmlBenchmark.CPU.getCurrentThreadCpuTime();
        for (var e : html.entrySet()) {
            String r;
            try {
                r = extractor.apply(e.getValue());
            } catch (RuntimeException ex) {
                r = "";
            }
            out.put(e.getKey(), r);
        }
        return new Timed(out, (HtmlBenchmark.CPU.getCurrentThreadCpuTime() - t0) / 1e9);
    }

    /** `news clean` on a folder, exactly as the command runs (both passes, all cores). */
    private static Map<String, Article> clean(Path folder) {
        Map<String, Article> out = new HashMap<>();
        Corpus corpus = Corpus.open(List.of(folder.toString()), news.load.Loader.standard(), Problems.silent(),
                Runtime.getRuntime().availableProcessors());
        corpus.forEachArticle(new TextCleaner(), a -> out.put(a.id(), a));
        return out;
    }

    /** Prints one method's rows; returns each page's shingle F1. */
    private static Map<String, Double> table(String name, Map<String, Truth> truth, Map<String, String> predicted) {
        Map<String, Double> perPage = new HashMap<>();
        List<String> rows = new ArrayList<>(TYPES);
        rows.add("all");
        for (String type : rows) {
            BodyScore[] s = {new BodyScore(), new BodyScore()};
            WordScore[] w = {new WordScore(), new WordScore()};
            for (Truth t : truth.values()) {
                if (!type.equals("all") && !t.type().equals(type)) continue;
                String p = predicted.getOrDefault(t.id(), "");
                int part = t.aside() ? 1 : 0;
                BodyScore.DocScore d = s[part].add(p, t.body());
                w[part].add(p, t.body());
                perPage.put(t.id(), HtmlBenchmark.f1(d));
            }
            System.out.printf(Locale.ROOT, "%-22s %-13s %5d %7.4f %7.4f | %5d %7.4f %7.4f%n", name, type,
                    s[0].documents(), s[0].f1(), w[0].f1(), s[1].documents(), s[1].f1(), w[1].f1());
        }
        return perPage;
    }

    /** Precision and recall on articles, both metrics, both parts. */
    private static void articlePr(String name, Map<String, Truth> truth, Map<String, String> predicted) {
        BodyScore[] s = {new BodyScore(), new BodyScore()};
        WordScore[] w = {new WordScore(), new WordScore()};
        for (Truth t : truth.values()) {
            if (!t.type().equals("article")) continue;
            String p = predicted.getOrDefault(t.id(), "");
            s[t.aside() ? 1 : 0].add(p, t.body());
            w[t.aside() ? 1 : 0].add(p, t.body());
        }
        System.out.printf(Locale.ROOT, "articles, %-21s shingle P %.4f R %.4f  word P %.4f R %.4f | aside shingle P %.4f R %.4f  word P %.4f R %.4f%n",
                name, s[0].precision(), s[0].recall(), w[0].precision(), w[0].recall(),
                s[1].precision(), s[1].recall(), w[1].precision(), w[1].recall());
    }

    record Meta(String title, String author) {}

    private static Map<String, Meta> r4jMeta(Map<String, String> html) {
        Map<String, Meta> out = new HashMap<>();
        html.forEach((id, h) -> {
            try {
                var a = new net.dankito.readability4j.Readability4J("http://example.com/", h).parse();
                out.put(id, new Meta(a.getTitle(), a.getByline()));
            } catch (RuntimeException e) {
                out.put(id, new Meta(null, null));
            }
        });
        return out;
    }

    /** Title / author / date accuracy per page type (articles first), dev | kept aside. */
    private static void metadata(Map<String, Truth> truth, Map<String, Article> full, Map<String, Meta> r4j) {
        System.out.println("metadata accuracy (matching rule: WcxbBenchmark javadoc); dev | kept aside");
        System.out.printf(Locale.ROOT, "%-22s %-13s %5s %6s %6s %6s | %5s %6s %6s %6s%n", "method", "type", "n", "title",
                "author", "date", "n", "title", "author", "date");
        List<String> rows = new ArrayList<>(TYPES);
        rows.add("all");
        for (String type : rows) {
            int[][] c = new int[2][4];
            int[][] rc = new int[2][3];
            for (Truth t : truth.values()) {
                if (!type.equals("all") && !t.type().equals(type)) continue;
                int part = t.aside() ? 1 : 0;
                Article a = full.get(t.id());
                c[part][0]++;
                if (titleMatches(a == null ? null : a.title(), t.title())) c[part][1]++;
                if (authorMatches(a == null ? null : a.byline(), t.author())) c[part][2]++;
                if (dateMatches(a == null ? null : a.published(), t.date())) c[part][3]++;
                if (r4j != null) {
                    Meta m = r4j.getOrDefault(t.id(), new Meta(null, null));
                    if (titleMatches(m.title(), t.title())) rc[part][1]++;
                    if (authorMatches(m.author(), t.author())) rc[part][2]++;
                }
            }
            System.out.printf(Locale.ROOT, "%-22s %-13s %5d %6.3f %6.3f %6.3f | %5d %6.3f %6.3f %6.3f%n", "news clean (HTML)",
                    type, c[0][0], share(c[0][1], c[0][0]), share(c[0][2], c[0][0]), share(c[0][3], c[0][0]),
                    c[1][0], share(c[1][1], c[1][0]), share(c[1][2], c[1][0]), share(c[1][3], c[1][0]));
            if (r4j != null && (type.equals("article") || type.equals("all"))) {
                System.out.printf(Locale.ROOT, "%-22s %-13s %5d %6.3f %6.3f %6s | %5d %6.3f %6.3f %6s%n", "Readability4J",
                        type, c[0][0], share(rc[0][1], c[0][0]), share(rc[0][2], c[0][0]), "-",
                        c[1][0], share(rc[1][1], c[1][0]), share(rc[1][2], c[1][0]), "-");
            }
        }
    }

    /** Page-type accuracy (the article's {@code page_type} against the truth), per true type. */
    private static void pageTypes(Map<String, Truth> truth, Map<String, Article> full) {
        System.out.println("page_type: share of pages of each true type given that type; dev | kept aside");
        for (String type : TYPES) {
            int[] n = new int[2], ok = new int[2];
            Map<String, Integer> got = new TreeMap<>();
            for (Truth t : truth.values()) {
                if (!t.type().equals(type)) continue;
                int part = t.aside() ? 1 : 0;
                Article a = full.get(t.id());
                String p = a == null ? "none" : pageType(a);
                n[part]++;
                if (p.equals(type)) ok[part]++;
                if (!t.aside()) got.merge(p, 1, Integer::sum);
            }
            System.out.printf(Locale.ROOT, "  %-13s dev %4d %6.3f | aside %4d %6.3f   dev predicted: %s%n", type, n[0],
                    share(ok[0], n[0]), n[1], share(ok[1], n[1]), got);
        }
    }

    static String pageType(Article a) {
        return a.pageType() == null ? "none" : a.pageType();
    }

    private static double share(int k, int n) {
        return n == 0 ? 0 : k / (double) n;
    }

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    static boolean titleMatches(String predicted, String truth) {
        if (truth == null || predicted == null) return truth == null && predicted == null;
        return WordScore.score(predicted, truth).f1() >= 0.8;
    }

    static boolean authorMatches(String predicted, String truth) {
        if (truth == null || predicted == null) return truth == null && predicted == null;
        List<String> p = letters(predicted), t = letters(truth);
        p.remove("by");
        if (p.isEmpty() || t.isEmpty()) return false;
        return t.containsAll(p) || p.containsAll(t);
    }

    static boolean dateMatches(String predicted, String truth) {
        if (truth == null || predicted == null) return truth == null && predicted == null;
        return predicted.length() >= 10 && truth.length() >= 10 && predicted.substring(0, 10).equals(truth.substring(0, 10));
    }

    private static List<String> letters(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = LETTERS.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }

    /** One dev page: our blocks marked against the truth, the cleaned text's score. */
    private static void show(Path dir, Truth t) throws IOException {
        if (t == null || t.aside()) {
            System.err.println("unknown id, or a kept-aside page (not shown: it is for checking, not tuning)");
            System.exit(2);
        }
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html").resolve(t.id() + ".html.gz")))) {
            bytes = in.readAllBytes();
        }
        HtmlReader.Page p = HtmlReader.extract(HtmlCharset.decode(bytes, null, t.id()).html(), t.url());
        System.out.println(p.metadata());
        System.out.println("truth: type=" + t.type() + " title=" + t.title() + " author=" + t.author() + " date=" + t.date());
        String gold = squash(t.body());
        StringBuilder ours = new StringBuilder();
        for (HtmlExtractor.Block b : p.blocks()) {
            ours.append(b.text()).append("\n\n");
            System.out.println((gold.contains(squash(b.text())) ? "  " : "+ ") + "[" + b.tag() + "] " + b.text());
        }
        String o = squash(ours.toString());
        for (String para : t.body().split("\n+")) if (!para.isBlank() && !o.contains(squash(para))) System.out.println("- " + para);
        System.out.println("extractor " + BodyScore.score(ours.toString(), t.body()) + " word " + WordScore.score(ours.toString(), t.body()));
    }

    /** Page types alone, from the extractor (fast): confusion on the dev part, accuracy per type on both. */
    private static void typesOnly(Path dir) throws IOException {
        Map<String, Truth> truth = loadTruth(dir);
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        Map<String, String> typeOf = new HashMap<>();
        int[] n = new int[2], ok = new int[2];
        for (Truth t : truth.values()) {
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html").resolve(t.id() + ".html.gz")))) {
                bytes = in.readAllBytes();
            }
            // no URL given: as in `news clean` on a file, the page must name its own URL
            String got = HtmlReader.extract(HtmlCharset.decode(bytes, null, t.id()).html(), null).metadata().pageType();
            int part = t.aside() ? 1 : 0;
            typeOf.put(t.id(), got);
            n[part]++;
            if (t.type().equals(got)) ok[part]++;
            if (!t.aside()) {
                confusion.computeIfAbsent(t.type(), k -> new TreeMap<>()).merge(got, 1, Integer::sum);
                if (System.getProperty("news.typeOf") != null && t.type().equals(System.getProperty("news.typeOf")) && !t.type().equals(got)) {
                    System.out.println("  " + t.id() + " " + got + " " + t.url());
                }
            }
        }
        confusion.forEach((k, v) -> System.out.println(k + " -> " + v));
        for (String type : TYPES) {
            int[] tn = new int[2], tok = new int[2];
            for (Truth t : truth.values()) {
                if (!t.type().equals(type)) continue;
                tn[t.aside() ? 1 : 0]++;
                if (type.equals(typeOf.get(t.id()))) tok[t.aside() ? 1 : 0]++;
            }
            System.out.printf(Locale.ROOT, "  %-13s dev %.3f (%d) | kept aside %.3f (%d)%n", type, share(tok[0], tn[0]), tn[0],
                    share(tok[1], tn[1]), tn[1]);
        }
        System.out.printf(Locale.ROOT, "page_type accuracy: dev %.3f (%d) | kept aside %.3f (%d)%n", share(ok[0], n[0]), n[0],
                share(ok[1], n[1]), n[1]);
    }

    /** Metadata of the extractor alone on articles (fast); prints the dev mismatches of one field. */
    private static void metaOnly(Path dir, String field) throws IOException {
        Map<String, Truth> truth = loadTruth(dir);
        int[] n = new int[2], title = new int[2], author = new int[2], date = new int[2];
        for (Truth t : truth.values()) {
            if (!t.type().equals("article")) continue;
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html").resolve(t.id() + ".html.gz")))) {
                bytes = in.readAllBytes();
            }
            news.model.Metadata m = HtmlReader.extract(HtmlCharset.decode(bytes, null, t.id()).html(), t.url()).metadata();
            int part = t.aside() ? 1 : 0;
            n[part]++;
            boolean ti = titleMatches(m.title(), t.title()), au = authorMatches(m.byline(), t.author()),
                    da = dateMatches(m.published(), t.date());
            if (ti) title[part]++;
            if (au) author[part]++;
            if (da) date[part]++;
            if (part == 0) {
                if (field.equals("title") && !ti) System.out.println("  " + t.id() + " got [" + m.title() + "] want [" + t.title() + "]");
                if (field.equals("author") && !au) System.out.println("  " + t.id() + " got [" + m.byline() + "] want [" + t.author() + "]");
                if (field.equals("date") && !da) System.out.println("  " + t.id() + " got [" + m.published() + "] want [" + t.date() + "] " + t.url());
            }
        }
        for (int part = 0; part < 2; part++) {
            System.out.printf(Locale.ROOT, "%s articles %d: title %.3f author %.3f date %.3f%n", part == 0 ? "dev" : "kept aside",
                    n[part], share(title[part], n[part]), share(author[part], n[part]), share(date[part], n[part]));
        }
    }

    /** Debugging aid: the ancestors of the element holding a snippet (dev pages only). */
    private static void where(Path dir, String id, String snippet) throws IOException {
        if (KeptAside.isKeptAside(id)) {
            System.err.println("a kept-aside page (not shown)");
            System.exit(2);
        }
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
            bytes = in.readAllBytes();
        }
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(HtmlCharset.decode(bytes, null, id).html());
        for (org.jsoup.nodes.Element e : doc.getAllElements()) {
            if (!e.ownText().contains(snippet)) continue;
            for (org.jsoup.nodes.Element a = e; a != null; a = a.parent()) {
                System.out.println("  " + a.normalName() + (a.id().isEmpty() ? "" : "#" + a.id())
                        + (a.className().isEmpty() ? "" : "." + a.className().replace(' ', '.'))
                        + (a.attributes().size() > 0 ? " " + a.attributes().asList().stream()
                        .filter(x -> !x.getKey().equals("class") && !x.getKey().equals("id"))
                        .map(x -> x.getKey() + "=" + (x.getValue().length() > 40 ? x.getValue().substring(0, 40) : x.getValue()))
                        .toList() : "") + " text=" + a.text().length());
            }
            System.out.println("--");
        }
    }

    private static String squash(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) b.append(s.charAt(i));
        return b.toString();
    }
}
