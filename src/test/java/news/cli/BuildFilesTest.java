package news.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The files the build writes (news.cli.BuildFiles at process-classes: before the tests run):
 * version properties, bash completion, man page sources; and --version.
 */
class BuildFilesTest {
    private static final Path TARGET = Path.of("target");

    @TempDir
    Path tmp;

    @Test
    void versionNamesTheBuildsCommitAndTheJavaRuntime() {
        String[] v = new Main.Version().getVersion();
        assertEquals(3, v.length);
        assertTrue(v[0].matches("news \\d+\\.\\d+\\.\\d+.*"), v[0]);
        assertTrue(v[1].matches("commit ([0-9a-f]{7,40} \\(\\d{4}-\\d\\d-\\d\\d\\)|unknown)"), v[1]);
        assertEquals("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.vm.name") + ")", v[2]);
    }

    /** Outside a checkout, and inside another repository than the project's, the commit is "unknown". */
    @Test
    void noCheckoutOfItsOwnMeansUnknown() throws Exception {
        assertArrayEquals(new String[] {"unknown", "unknown"}, BuildFiles.gitCommit(tmp));
        assumeTrue(run(tmp, "git", "init", "-q") == 0, "git not available");
        Path inner = Files.createDirectories(tmp.resolve("unpacked-source"));
        assertArrayEquals(new String[] {"unknown", "unknown"}, BuildFiles.gitCommit(inner));
    }

    @Test
    void manPageSourcesNameEveryCommandAndOption() throws IOException {
        CommandLine all = Main.commandLine();
        for (var e : all.getSubcommands().entrySet()) {
            Path adoc = TARGET.resolve("man/adoc/news-" + e.getKey() + ".adoc");
            assertTrue(Files.exists(adoc), adoc + " (written by mvn process-classes)");
            String text = Files.readString(adoc);
            for (var o : e.getValue().getCommandSpec().options()) {
                String name = o.longestName();
                // a negatable option is shown as --[no-]name
                String shown = o.negatable() && name.startsWith("--") ? "--[no-]" + name.substring(2) : name;
                assertTrue(text.contains("*" + shown + "*"), e.getKey() + " " + shown);
            }
        }
    }

    @Test
    void bashCompletesCommandsOptionsAndFormats() throws Exception {
        Path script = TARGET.resolve("completion/news.bash").toAbsolutePath();
        assertTrue(Files.exists(script), script + " (written by mvn process-classes)");
        assumeTrue(run(tmp, "bash", "-c", "true") == 0, "bash not available");
        assertEquals(List.of("clean"), complete(script, "news", "cl"));
        assertEquals(List.of("--format"), complete(script, "news", "clean", "--form"));
        assertEquals(List.of("table", "jsonl", "json", "csv", "markdown", "txt"),
                complete(script, "news", "clean", "--format", ""));
    }

    /** What bash's completion function offers for the last word. */
    private List<String> complete(Path script, String... words) throws Exception {
        StringBuilder array = new StringBuilder();
        for (String w : words) array.append(" '").append(w).append('\'');
        String line = String.join(" ", words);
        String cmd = "source '" + script + "'; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE='" + line + "'; COMP_POINT=" + line.length()
                + "; _complete_news 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process p = new ProcessBuilder("bash", "-c", cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return out.isBlank() ? List.of() : List.of(out.strip().split("\n"));
    }

    private static int run(Path dir, String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
