package news.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad inputs through the real CLI. Every unusable input is run beside a good one and must give
 * exactly one one-line error naming it, exit 3, the good article still in the output file, no
 * stack trace and no temporary file left behind. Inputs that are usable with a caveat (legacy
 * charsets, BOMs) must give the right text, exit 0 and at most a one-line warning naming them.
 */
class BadInputIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOOD_TEXT = "Good headline\n\nA paragraph of the good article that must survive.\n";

    @TempDir
    Path tmp;

    /** One unusable input: how to make it, what its error line must say. */
    record BadCase(String name, String fileName, Maker maker, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Maker {
        /** Creates the input under {@code dir}; returns the argument to pass to news. */
        String make(Path dir, String fileName) throws IOException;
    }

    static Stream<BadCase> unusableInputs() {
        return Stream.of(
                new BadCase("empty file", "empty.txt", (d, n) -> write(d, n, new byte[0]), "empty file"),
                new BadCase("only whitespace", "blank.txt", (d, n) -> write(d, n, " \n\t\n\n  ".getBytes()), "no text"),
                new BadCase("PDF named explicitly", "report.pdf", (d, n) -> write(d, n, BadBytes.pdf()), "binary file"),
                new BadCase("PDF renamed .txt", "report.txt", (d, n) -> write(d, n, BadBytes.pdf()), "binary file"),
                new BadCase("PNG", "photo.png", (d, n) -> write(d, n, BadBytes.png()), "binary file"),
                new BadCase("random bytes", "noise.txt", (d, n) -> write(d, n, BadBytes.random(64 << 10, 1)), "binary file"),
                new BadCase("text with a binary tail", "glued.txt", (d, n) -> write(d, n, BadBytes.textThenBinary()),
                        "binary file"),
                new BadCase("invalid UTF-16 after a BOM", "bad16.txt", (d, n) -> write(d, n, BadBytes.brokenUtf16()),
                        "invalid UTF-16LE"),
                new BadCase("truncated gzip", "cut.txt.gz", (d, n) -> write(d, n, BadBytes.truncatedGzip()),
                        "truncated gzip"),
                new BadCase("gzip bomb", "bomb.txt.gz", (d, n) -> write(d, n, BadBytes.gzipBomb(100 << 20)),
                        "gzip bomb"),
                // zeros are binary: refused from the first 8 KiB, not after the expansion limit (issue 15, item 15)
                new BadCase("gzip bomb of zeros", "zeros.txt.gz", (d, n) -> write(d, n, BadBytes.gzipBomb(100 << 20, (byte) 0)),
                        "binary file"),
                new BadCase("not gzip but named .gz", "plain.txt.gz", (d, n) -> write(d, n, GOOD_TEXT.getBytes()),
                        "not a valid gzip"),
                new BadCase("gzip of binary", "img.txt.gz", (d, n) -> write(d, n, BadBytes.gzip(BadBytes.png())),
                        "binary file"),
                new BadCase("path that does not exist", "missing.txt", (d, n) -> d.resolve(n).toString(),
                        "no such file or directory"),
                new BadCase("symlink loop named explicitly", "loop-a", (d, n) -> {
                    Files.createSymbolicLink(d.resolve("loop-a"), d.resolve("loop-b"));
                    Files.createSymbolicLink(d.resolve("loop-b"), d.resolve("loop-a"));
                    return d.resolve(n).toString();
                }, "symlink loop"),
                new BadCase("directory containing a symlink loop", "looped", (d, n) -> {
                    Path dir = Files.createDirectories(d.resolve("looped/sub"));
                    Files.createSymbolicLink(dir.resolve("back"), d.resolve("looped"));
                    return d.resolve(n).toString();
                }, "symlink loop"),
                new BadCase("dangling symlink", "dangling.txt", (d, n) -> {
                    Files.createSymbolicLink(d.resolve(n), d.resolve("nowhere.txt"));
                    return d.resolve(n).toString();
                }, "broken symlink"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableInputs")
    void unusableInputIsSkippedWithOneLineAndTheRestIsProcessed(BadCase c) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path good = in.resolve("good.txt");
        Files.writeString(good, GOOD_TEXT);
        String bad = c.maker().make(in, c.fileName());
        Path outDir = Files.createDirectories(tmp.resolve("out"));
        Path out = outDir.resolve("articles.jsonl");

        Cli.Result r = Cli.run(tmp, null, 60, "clean", "--format", "jsonl", "-o", out.toString(), good.toString(), bad);

        assertEquals(3, r.exit(), "exit code for " + c + "\n" + r.err());
        r.assertNoStackTrace();
        assertEquals(1, r.errors().size(), "exactly one error line:\n" + r.err());
        String error = r.errors().get(0);
        assertTrue(error.contains(c.fileName()), "error names the input: " + error);
        assertTrue(error.contains(c.expected()), "error says why (" + c.expected() + "): " + error);
        assertEquals(List.of("good"), ids(out), "the good input is still processed");
        Cli.assertNoTemporaries(outDir);
    }

    @Test
    void allBadInputsAtOnceGiveOneLineEachAndTheGoodArticle() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), GOOD_TEXT);
        List<String> args = new ArrayList<>(List.of("clean", "--format", "jsonl", in.resolve("good.txt").toString()));
        List<BadCase> cases = unusableInputs().toList();
        for (BadCase c : cases) {
            Path sub = Files.createDirectories(tmp.resolve("case" + args.size()));
            args.add(c.maker().make(sub, c.fileName()));
        }
        Cli.Result r = Cli.run(tmp, args.toArray(String[]::new));
        assertEquals(3, r.exit(), r.err());
        r.assertNoStackTrace();
        assertEquals(cases.size(), r.errors().size(), r.err());
        assertEquals(1, r.outLines().size(), r.out());
        assertEquals("good", JSON.readTree(r.outLines().get(0)).get("id").asText());
    }

    @Test
    void unreadableFileIsSkippedNamingIt() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), GOOD_TEXT);
        Path locked = Files.writeString(in.resolve("locked.txt"), GOOD_TEXT);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        // root reads files whatever their mode: nothing to test there
        Assumptions.assumeFalse(Files.isReadable(locked), "running as root: chmod 000 does not stop reads");
        Cli.Result r = Cli.run(tmp, "clean", "--format", "jsonl", in.toString());
        assertEquals(3, r.exit(), r.err());
        r.assertNoStackTrace();
        assertEquals(1, r.errors().size(), r.err());
        assertTrue(r.errors().get(0).contains("locked.txt: permission denied"), r.err());
        assertEquals(1, r.outLines().size());
    }

    /** Usable with a caveat: the right characters come out, exit 0, at most one warning naming the file. */
    record CharsetCase(String name, byte[] bytes, String expectedText, String expectedWarning) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<CharsetCase> legacyEncodings() {
        String text = "Café owner said “we stay” — naïve Zürich résumé";
        Charset cp1252 = Charset.forName("windows-1252");
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] mixed = concat(utf8, new byte[] {' ', (byte) 0x93, 'o', 'k', (byte) 0x94});
        return Stream.of(
                new CharsetCase("windows-1252", text.getBytes(cp1252), text, "not valid UTF-8 (first at byte offset 3)"),
                new CharsetCase("UTF-8 with stray windows-1252 bytes", mixed, text + " “ok”",
                        "2 byte(s) not valid UTF-8 (first at byte offset " + (utf8.length + 1) + ")"),
                new CharsetCase("UTF-8 with BOM", concat(bytes(0xEF, 0xBB, 0xBF), utf8), text, null),
                new CharsetCase("UTF-16LE with BOM", concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE)),
                        text, null),
                new CharsetCase("UTF-16BE with BOM", concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE)),
                        text, null),
                new CharsetCase("UTF-16LE without BOM", text.getBytes(StandardCharsets.UTF_16LE), text,
                        "no byte order mark, read as UTF-16LE"),
                new CharsetCase("UTF-32LE with BOM", concat(bytes(0xFF, 0xFE, 0, 0), text.getBytes(Charset.forName("UTF-32LE"))),
                        text, null),
                new CharsetCase("CRLF and a stray NUL byte", ("Line one\r\nLine\0 two, in a long enough paragraph of"
                        + " ordinary text where one NUL is noise, not a sign of a binary file.\r\n").getBytes(StandardCharsets.UTF_8),
                        "Line one\n\nLine two, in a long", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legacyEncodings")
    void legacyEncodingsAreReadCorrectly(CharsetCase c) throws Exception {
        Path f = Files.write(tmp.resolve("legacy.txt"), c.bytes());
        Cli.Result r = Cli.run(tmp, "clean", "--format", "jsonl", f.toString());
        assertEquals(0, r.exit(), r.err());
        r.assertNoStackTrace();
        assertEquals(List.of(), r.errors());
        // Decoding is checked, not cleaning: each expected line is somewhere in the article,
        // kept (title, text) or listed as removed.
        List<String> values = new ArrayList<>();
        strings(JSON.readTree(r.outLines().get(0)), values);
        for (String expected : c.expectedText().split("\n+")) {
            assertTrue(values.stream().anyMatch(v -> v.contains(expected)), expected + " not in " + values);
        }
        if (c.expectedWarning() == null) {
            assertEquals(List.of(), r.warnings());
        } else {
            assertEquals(1, r.warnings().size(), r.err());
            assertTrue(r.warnings().get(0).contains("legacy.txt: "), r.err());
            assertTrue(r.warnings().get(0).contains(c.expectedWarning()), r.err());
        }
    }

    @Test
    void gzippedTextIsReadAndAGzipJustUnderTheRatioIsAccepted() throws Exception {
        // Positive control for the gzip limits: ordinary compressed text is not a bomb.
        StringBuilder sb = new StringBuilder("Compressed headline\n\n");
        Random rnd = new Random(7);
        for (int i = 0; i < 20_000; i++) sb.append("word").append(rnd.nextInt(5000)).append(i % 12 == 11 ? ".\n\n" : " ");
        Path f = Files.write(tmp.resolve("big.txt.gz"), BadBytes.gzip(sb.toString().getBytes(StandardCharsets.UTF_8)));
        Cli.Result r = Cli.run(tmp, "clean", "--format", "jsonl", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(1, r.outLines().size());
    }

    @Test
    void binaryOnStdinIsRefusedNamingStdin() throws Exception {
        Cli.Result r = Cli.runWithStdin(tmp, BadBytes.png(), "clean", "-");
        assertEquals(1, r.exit(), "the only input skipped: nothing processed\n" + r.err());
        r.assertNoStackTrace();
        assertEquals(1, r.errors().size(), r.err());
        assertTrue(r.errors().get(0).startsWith("news: error: -: binary file"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void debugShowsTheStackTraceThatIsOtherwiseHidden() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("adir"));
        Files.writeString(tmp.resolve("good.txt"), GOOD_TEXT);
        Cli.Result quiet = Cli.run(tmp, "clean", "-o", dir.toString(), "good.txt");
        assertEquals(1, quiet.exit(), quiet.err());
        quiet.assertNoStackTrace();
        assertEquals(1, quiet.errors().size(), quiet.err());
        assertTrue(quiet.errors().get(0).contains("is a directory"), quiet.err());
        Cli.Result debug = Cli.run(tmp, "clean", "--debug", "-o", dir.toString(), "good.txt");
        assertEquals(1, debug.exit());
        assertTrue(debug.err().contains("\tat "), debug.err());
    }

    /** Every string value in a JSON tree. */
    static void strings(JsonNode n, List<String> out) {
        if (n.isTextual()) out.add(n.asText());
        for (JsonNode child : n) strings(child, out);
    }

    static List<String> ids(Path jsonl) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) ids.add(JSON.readTree(line).get("id").asText());
        return ids;
    }

    static String write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes).toString();
    }

    static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
        return out;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
