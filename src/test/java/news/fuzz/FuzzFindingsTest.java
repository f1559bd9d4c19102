package news.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Crashes found by fuzzing in other packages' code, kept until fixed there; then move the file
 * into src/test/resources/fuzz/LoaderFuzzTestInputs/<method>/ so every build replays it.
 */
class FuzzFindingsTest {
    private static final Path FINDINGS = Path.of("src/test/resources/fuzz/findings");

    @Test
    void htmlExtractorNullPointer() throws Exception {
        try (var s = Files.list(FINDINGS.resolve("html"))) {
            for (Path p : s.toList()) LoaderFuzzTest.readAs("in.html", Files.readAllBytes(p));
        }
    }

    @Test
    void warcMessageIsOneLine() throws Exception {
        try (var s = Files.list(FINDINGS.resolve("warc"))) {
            for (Path p : s.toList()) LoaderFuzzTest.readAs("in.warc", Files.readAllBytes(p));
        }
    }
}
