package news.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.clean.RepetitionIndex;
import news.clean.TextCleaner;
import news.load.TextDecoder;
import news.model.Article;
import news.model.Metadata;
import news.model.Paragraph;
import news.model.SourceDocument;
import news.output.Json;

/**
 * The end-to-end evaluation on hand-annotated real articles
 * ({@code src/test/resources/quotes-real/{dev,validation}/SOURCE-ID.json}, see the README there).
 * Each article body ({@code articleBody} of ../shared/bench/SOURCE/ground-truth.json) goes through
 * the pipeline as {@code news quotes} sees a text file: decoded text, {@link TextCleaner}, then
 * {@link QuoteExtractor} with the command's defaults; quote offsets in the cleaned text are
 * mapped back to the body through the kept paragraphs, and scored by {@link AnnotatedEval}.
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=news.quotes.RealQuotesEval \
 *     [-Dexec.args="--errors --no-indirect"] [-Dnews.shared=/path/to/shared]
 * </pre>
 * Errors are printed for the development half only: the validation half is scored, never read.
 */
public final class RealQuotesEval {
    static final Path ANNOTATIONS = Path.of("src/test/resources/quotes-real");

    private RealQuotesEval() {}

    /** ../shared/bench from the main checkout; ../../shared/bench from a worktree under wt/ (or -Dnews.shared). */
    static Path bench() {
        String prop = System.getProperty("news.shared");
        if (prop != null) return Path.of(prop, "bench");
        return Files.isDirectory(Path.of("../shared/bench")) ? Path.of("../shared/bench") : Path.of("../../shared/bench");
    }

    static boolean available(Path bench) {
        return Files.isRegularFile(bench.resolve("aeb/ground-truth.json"))
                && Files.isRegularFile(bench.resolve("wcxb-dev/ground-truth.json"));
    }

    /** Article bodies by source ("aeb", "wcxb-dev"), then by ground-truth key, read once. */
    static final class Bodies {
        private final Path bench;
        private final Map<String, JsonNode> bySource = new HashMap<>();

        Bodies(Path bench) {
            this.bench = bench;
        }

        String body(String source, String id) throws IOException {
            JsonNode set = bySource.get(source);
            if (set == null) {
                set = Json.MAPPER.readTree(bench.resolve(source).resolve("ground-truth.json").toFile());
                bySource.put(source, set);
            }
            JsonNode a = set.get(id);
            return a == null || a.get("articleBody") == null ? null : a.get("articleBody").asText();
        }
    }

    /** Annotation files of one half, in file-name order. */
    static List<Path> files(String half) throws IOException {
        Path dir = ANNOTATIONS.resolve(half);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    static AnnotatedEval.Score evaluate(String half, Bodies bodies, QuoteExtractor extractor) throws IOException {
        AnnotatedEval.Score score = new AnnotatedEval.Score();
        for (Path file : files(half)) {
            JsonNode ann = Json.MAPPER.readTree(file.toFile());
            String source = ann.get("source").asText(), id = ann.get("id").asText();
            String raw = bodies.body(source, id);
            if (raw == null) throw new IllegalStateException(file + ": no article " + source + "/" + id);
            String body = TextDecoder.normalise(raw);
            List<AnnotatedEval.Gold> gold = new ArrayList<>();
            for (JsonNode q : ann.get("quotes")) {
                String text = TextDecoder.normalise(q.get("text").asText());
                int occurrence = q.hasNonNull("occurrence") ? q.get("occurrence").asInt() : 1;
                int at = -1;
                for (int i = 0; i < occurrence; i++) {
                    at = body.indexOf(text, at + 1);
                    if (at < 0) break;
                }
                if (at < 0 || text.isEmpty()) {
                    score.unlocated++;
                    continue;
                }
                JsonNode sp = q.get("speaker"), cue = q.get("cue");
                gold.add(new AnnotatedEval.Gold(QuoteKind.parse(q.get("kind").asText()), at, at + text.length(),
                        sp == null || sp.isNull() ? null : sp.asText(), cue == null || cue.isNull() ? null : cue.asText()));
            }
            AnnotatedEval.score(file.getFileName().toString(), body, gold, extractInBody(source + "-" + id, body, extractor), score);
        }
        return score;
    }

    /** The quotes `news quotes` finds in BODY read as a text file, with offsets in BODY. */
    static List<Quote> extractInBody(String id, String body, QuoteExtractor extractor) {
        SourceDocument doc = new SourceDocument(id, id + ".txt", "txt", "0", body, Metadata.EMPTY, List.of());
        Article article = new TextCleaner().clean(doc, RepetitionIndex.empty());
        List<Paragraph> paras = article.paragraphs();
        int[] textStart = new int[paras.size()];
        for (int i = 0, at = 0; i < paras.size(); i++) {
            textStart[i] = at;
            at += paras.get(i).text().length() + Article.PARAGRAPH_SEPARATOR.length();
        }
        List<Quote> out = new ArrayList<>();
        for (Quote q : extractor.extract(article)) {
            Paragraph p = paras.get(q.paragraph());
            int shift = p.start() - textStart[q.paragraph()];
            int s = q.start() + shift, e = q.end() + shift;
            if (e > p.end()) e = s + q.quote().length(); // a quote never spans paragraphs; keep its length
            out.add(new Quote(q.articleId(), q.quote(), q.speaker(), q.speakerMention(), q.speakerRole(), q.cue(),
                    q.channel(), q.kind(), q.paragraph(), s, e, q.confidence()));
        }
        return out;
    }

    /** The quotes found in the development articles whose file name contains NAME (to study errors). */
    static void showDev(String name, Bodies bodies, QuoteExtractor extractor) throws IOException {
        for (Path file : files("dev")) {
            if (!file.getFileName().toString().contains(name)) continue;
            JsonNode ann = Json.MAPPER.readTree(file.toFile());
            String body = TextDecoder.normalise(bodies.body(ann.get("source").asText(), ann.get("id").asText()));
            System.out.println("== " + file.getFileName());
            for (Quote q : extractInBody("x", body, extractor)) {
                System.out.println(q.kind() + " [" + q.start() + "] " + q.speaker() + " <" + q.speakerMention() + "> "
                        + q.cue() + ": " + q.quote().replace('\n', ' '));
            }
        }
    }

    public static void main(String[] args) throws IOException {
        boolean errors = List.of(args).contains("--errors");
        boolean indirect = !List.of(args).contains("--no-indirect"); // as `news quotes`: on by default
        Path bench = bench();
        if (!available(bench)) {
            System.err.println("benchmark data absent under " + bench);
            System.exit(1);
        }
        Bodies bodies = new Bodies(bench);
        QuoteExtractor extractor = new QuoteExtractor(indirect);
        AnnotatedEval.Score dev = evaluate("dev", bodies, extractor);
        AnnotatedEval.Score val = evaluate("validation", bodies, extractor);
        System.out.print(dev.table("dev"));
        System.out.print(val.table("validation"));
        if (errors) dev.errors.forEach(e -> System.out.println("dev: " + e));
        int show = List.of(args).indexOf("--show");
        if (show >= 0) showDev(args[show + 1], bodies, extractor);
    }
}
