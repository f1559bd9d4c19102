package news.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every console example of the README gives, character for character, the output shown (the
 * built jar through bin/news, as a reader would run it). When output changes on purpose:
 * {@code java -cp target/test-classes news.docs.ReadmeExamples --update} (README "Examples").
 */
class ReadmeExamplesIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void everyConsoleExampleShowsTheRealOutput() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        List<ReadmeExamples.Example> examples = ReadmeExamples.parse(readme);
        assertTrue(examples.size() >= 10, "console examples found: " + examples.size());
        for (String command : List.of("list", "clean", "quotes", "dedup")) {
            assertTrue(examples.stream().anyMatch(e -> e.command().startsWith("bin/news " + command)),
                    "no example of news " + command);
        }
        List<String> failures = new ArrayList<>();
        int exit = 0;
        for (ReadmeExamples.Example e : examples) {
            assertTrue(!e.command().startsWith("news "), "README line " + e.line() + ": in a clone it is bin/news");
            ReadmeExamples.Output o = ReadmeExamples.run(ROOT, e.command(), exit);
            exit = o.exit();
            if (!o.text().equals(e.expected())) {
                failures.add("README line " + e.line() + ": $ " + e.command() + "\n--- README\n" + e.expected()
                        + "--- real output\n" + o.text());
            }
        }
        assertEquals(List.of(), failures, "README examples differ from the real output; if the change is meant, run "
                + "java -cp target/test-classes news.docs.ReadmeExamples --update");
    }
}
