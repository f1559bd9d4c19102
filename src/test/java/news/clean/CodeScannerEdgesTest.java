package news.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@link CodeScanner#scan} reads code lines from both ends only; it must agree with the full scan. */
class CodeScannerEdgesTest {
    private static final List<String> TOKENS = List.of("the", "council", "voted", "and", "of", "said.", "Tuesday,",
            "x=5", "{", "}", ";", "=", "f(a)", "var", "function", "a:b", "color:#fff;", ".nav", "\"a\":", "',",
            "https://example.com/a/very/long/path/that/goes/on/and/on/for/ever/and/ever",
            "aVeryLongMinifiedIdentifierThatKeepsGoingWellPastTheLongTokenLimitOfTheScanner",
            "camelCaseName", "10px", "(s)", "word.", "“Quote”", "\\u2019", "—");
    private static final List<String> SPACES = List.of(" ", " ", " ", "  ", "\t", "\u00a0");

    @Provide
    Arbitrary<String> longLines() {
        Arbitrary<String> token = Arbitraries.of(TOKENS);
        Arbitrary<String> space = Arbitraries.of(SPACES);
        Arbitrary<String> pair = token.flatMap(t -> space.map(s -> t + s));
        // Prose and code runs of varying length: many lines have a prose end and a code middle.
        Arbitrary<String> run = Arbitraries.oneOf(
                pair.list().ofMinSize(1).ofMaxSize(30).map(l -> String.join("", l)),
                Arbitraries.of("The council voted on Tuesday to close the old bridge, officials said. ",
                        "It was the third vote of the year and the result surprised nobody in the town. "));
        return run.list().ofMinSize(1).ofMaxSize(200).map(l -> String.join("", l));
    }

    @Property(tries = 1000)
    void edgeScanAgreesWithFullScan(@ForAll("longLines") String line) {
        String t = line.strip();
        assertEquals(CodeScanner.fullScan(t, 0, t.length()), CodeScanner.scan(t, 0, t.length()), t);
    }

    @Test
    void edgeScanAgreesWithFullScanOnEveryBenchmarkLine() throws IOException {
        Path dir = Path.of("../shared/bench/aeb-text");
        Assumptions.assumeTrue(Files.isDirectory(dir), "benchmark pages absent");
        int longLines = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                for (String line : text.split("\n")) {
                    String t = line.strip();
                    if (t.isEmpty()) continue;
                    if (t.length() >= 2_000) longLines++;
                    assertEquals(CodeScanner.fullScan(t, 0, t.length()), CodeScanner.scan(t, 0, t.length()), f.toString());
                }
            }
        }
        assertEquals(true, longLines > 100, "long lines found: " + longLines);
    }
}
