package news.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress, --verbose and --quiet through the real command line (in-process). The test's stderr
 * is a pipe, so progress shows only when forced with --progress; its frames are checked for
 * shape (which of them are drawn depends on time), the --verbose lines for content.
 */
class ProgressCliTest {
    private static final Pattern FRAME = Pattern.compile(
            "(list|clean|quotes|dedup): ((scanning|cleaning|reading) \\d+/5 files( · \\d+ articles?)? · \\d+\\.\\d(/\\d+\\.\\d)? MB"
                    + "( · \\d+\\.\\d MB/s)?( · ETA \\d+:\\d\\d)?|\\d+ articles read, working… \\d+:\\d\\d|starting… \\d+:\\d\\d)");
    /** The seed corpus: 5 files, 44 KB. */
    private static final Pattern PASS = Pattern.compile(
            "news: (list|clean|quotes|dedup): (scanning|cleaning) 5 files \\(0\\.0 MB\\), 5 articles in \\d+\\.\\d s \\(\\d+\\.\\d MB/s\\)");

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) throws Exception {
        Path out = tmp.resolve("out-" + System.nanoTime());
        List<String> all = new ArrayList<>(List.of(args));
        all.add(1, "-o");
        all.add(2, out.toString());
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.execute(all.toArray(String[]::new));
        } finally {
            System.setErr(saved);
        }
        // Jazzer's agent (fuzz tests, same JVM) logs on System.err when it instruments a class first loaded here.
        String stderr = err.toString(StandardCharsets.UTF_8).replaceAll("(?m)^INFO: Instrumented [^\n]*\n", "");
        return new Run(exit, Files.exists(out) ? Files.readString(out) : "", stderr);
    }

    @Test
    void notATerminalMeansSilentAndTheSameOutputWithProgressForced() throws Exception {
        for (String command : List.of("list", "clean", "quotes", "dedup")) {
            Run plain = run(command, "corpus");
            assertEquals(0, plain.exit());
            assertEquals("", plain.err(), command + ": stderr is not a terminal: no progress");
            Run forced = run(command, "--progress", "--verbose", "corpus");
            assertEquals(0, forced.exit());
            assertEquals(plain.out(), forced.out(), command);
            List<String> passes = new ArrayList<>();
            String[] pieces = forced.err().split("\r\033\\[K", -1);
            for (String piece : pieces) {
                for (String line : piece.split("\n", -1)) {
                    if (line.isEmpty()) continue;
                    if (line.startsWith("news: ")) {
                        if (!line.startsWith("news: " + command + ": done in ")) passes.add(line);
                    } else {
                        assertTrue(FRAME.matcher(line).matches(), "frame: " + line);
                    }
                }
            }
            assertEquals(2, passes.size(), forced.err());
            for (String p : passes) assertTrue(PASS.matcher(p).matches(), p);
            assertTrue(passes.get(0).contains(": scanning ") && passes.get(1).contains(": cleaning "), forced.err());
            assertTrue(forced.err().contains("news: " + command + ": done in "), forced.err());
        }
    }

    @Test
    void quietHidesWarningsButNotErrors(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("latin.txt"), "Caf\u00e9 owners said on Tuesday that the new rules would hurt them.\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("bad.jsonl"), "{not json\n");
        Run normal = run("list", dir.toString());
        assertTrue(normal.err().contains("news: warning: "), normal.err());
        assertTrue(normal.err().contains("news: error: "), normal.err());
        Run quiet = run("list", "--quiet", dir.toString());
        assertEquals(3, quiet.exit());
        assertTrue(!quiet.err().contains("news: warning: ") && quiet.err().contains("news: error: "), quiet.err());
        assertEquals(normal.out(), quiet.out());
    }
}
