package news.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import news.app.Corpus;
import news.app.Problems;
import news.app.QuotesService;
import news.clean.TextCleaner;
import news.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: src/test/resources/quotes/&lt;case&gt;/input.txt is a cleaned article text (paragraphs
 * joined by a blank line, as {@code Article.text()}), expected.jsonl the quotes extracted from it.
 * Regenerate inputs from corpus/ with the current cleaner: {@code main} of this class; regenerate
 * expected files: {@code mvn test -Dtest=QuotesGoldenTest -Dquotes.golden.update=true}, then
 * review the diff.
 */
class QuotesGoldenTest {
    static final Path ROOT = Path.of("src", "test", "resources", "quotes");
    static final int SEED_CASES = 5;

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @Test
    void allSeedCasesArePresent() throws IOException {
        assertEquals(SEED_CASES, cases().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void quotesMatchTheGoldenFile(Path dir) throws IOException {
        String text = Files.readString(dir.resolve("input.txt"), StandardCharsets.UTF_8);
        List<String> paragraphs = List.of(text.split("\n\n", -1));
        String id = dir.getFileName().toString();
        StringBuilder actual = new StringBuilder();
        for (Quote q : new QuoteExtractor().extract(id, paragraphs)) {
            actual.append(Json.MAPPER.writeValueAsString(QuotesService.row(q))).append('\n');
        }
        Path expected = dir.resolve("expected.jsonl");
        if (Boolean.getBoolean("quotes.golden.update")) {
            Files.writeString(expected, actual.toString(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual.toString(), dir.toString());
    }

    /** Writes input.txt for each seed of corpus/ with the current cleaner. */
    public static void main(String[] args) {
        Problems problems = new Problems(System.err);
        List<String> written = new ArrayList<>();
        Corpus.open(List.of(args.length > 0 ? args[0] : "corpus"), problems).forEachArticle(new TextCleaner(), a -> {
            try {
                Path dir = ROOT.resolve(a.id());
                Files.createDirectories(dir);
                Files.writeString(dir.resolve("input.txt"), a.text(), StandardCharsets.UTF_8);
                written.add(a.id());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        System.out.println("wrote " + written);
    }
}
