package news.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, "hostile input and output safety": one regression test per item, each through the
 * real CLI (the shaded jar in a child process). Item numbers are the issue's.
 */
class HostileInputIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BODY = "The council met on Tuesday and agreed the budget after a long debate about"
            + " the bridge, the school and the new library in the town centre.";

    @TempDir
    Path tmp;

    private static String line(String id, String text) throws IOException {
        return JSON.writeValueAsString(Map.of("id", id, "text", text)) + "\n";
    }

    /** A distinct body per record: the cross-document repetition index would remove a shared one. */
    private static String body(int k) {
        return "Story " + k + ": " + BODY.replace("bridge", "bridge number " + k);
    }

    private Path write(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Item 1: ids differing only in "/", ":", "_" and equal ids from two inputs get distinct files, listed on stdout. */
    @Test
    void item01OutDirNamesAreUniqueAndCollisionsReported() throws Exception {
        write("in/one.jsonl", line("a/b", body(1)) + line("a_b", body(2)) + line("a:b", body(3)));
        write("in/two.jsonl", line("a_b", body(4)));
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run(tmp, "clean", "--out-dir", out.toString(), "in");
        assertEquals(0, r.exit(), r.err());
        r.assertNoStackTrace();
        List<String> files = names(out);
        assertEquals(4, files.size(), files.toString());
        assertTrue(files.contains("a_b.json") && files.contains("a_b~2.json"), files.toString());
        // every id is in exactly one file, and stdout says which
        Set<String> ids = new HashSet<>();
        for (String f : files) ids.add(JSON.readTree(out.resolve(f).toFile()).get("id").asText() + "@"
                + JSON.readTree(out.resolve(f).toFile()).get("path").asText());
        assertEquals(Set.of("a/b@in/one.jsonl:1", "a_b@in/one.jsonl:2", "a:b@in/one.jsonl:3", "a_b@in/two.jsonl:1"), ids);
        List<String> listed = r.outLines();
        assertEquals(4, listed.size(), r.out());
        for (String l : listed) {
            JsonNode row = JSON.readTree(l);
            assertEquals(row.get("id").asText(), JSON.readTree(out.resolve(row.get("file").asText()).toFile()).get("id").asText());
        }
        assertEquals(1, r.warnings().size(), r.err());
        assertEquals("news: warning: in/two.jsonl:1: id a_b maps to a_b.json, written earlier in this run; written as a_b~2.json",
                r.warnings().get(0));
    }

    /** Item 2: a 5,000-character id gives a short name with a hash suffix, the same on every run. */
    @Test
    void item02LongIdShortenedDeterministically() throws Exception {
        String longId = "x".repeat(5000);
        write("in/long.jsonl", line(longId, body(1)) + line(longId + "y", body(2)));
        List<String> first = null;
        for (int run = 0; run < 2; run++) {
            Path out = tmp.resolve("out" + run);
            Cli.Result r = Cli.run(tmp, "clean", "--out-dir", out.toString(), "in");
            assertEquals(0, r.exit(), r.err());
            List<String> files = names(out);
            assertEquals(2, files.size(), files.toString());
            for (String f : files) {
                assertTrue(f.getBytes(StandardCharsets.UTF_8).length < 200, f);
                assertTrue(f.matches("x+~[0-9a-f]{16}\\.json"), f);
            }
            if (first != null) assertEquals(first, files, "same names on every run");
            first = files;
        }
    }

    /** Item 4: a declared charset is checked against the bytes; the wrong one loses, with a warning. */
    @Test
    void item04DeclaredCharsetValidatedAgainstTheBytes() throws Exception {
        String page = "<html><head><meta charset=\"%s\"><title>%s</title></head><body><article><p>" + BODY
                + " Caf\u00e9 owners agreed.</p></article></body></html>";
        Files.write(tmp.resolve("utf16.html"), String.format(page, "utf-16", "Plain title").getBytes(StandardCharsets.US_ASCII));
        Files.write(tmp.resolve("cyrillic.html"), String.format(page, "windows-1251", "Caf\u00e9 \u2014 news").getBytes(StandardCharsets.UTF_8));
        // Shift_JIS declared on a windows-1252 page: the strict decode fails all over, so not "replaced" bytes
        Files.write(tmp.resolve("legacy.html"), String.format(page, "shift_jis", "Caf\u00e9 \u00fcber alles")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Cli.Result r = Cli.run(tmp, "clean", "utf16.html", "cyrillic.html", "legacy.html");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.outLines();
        assertEquals("Plain title", JSON.readTree(lines.get(0)).get("title").asText());
        assertEquals("Caf\u00e9 \u2014 news", JSON.readTree(lines.get(1)).get("title").asText());
        assertTrue(JSON.readTree(lines.get(1)).get("text").asText().contains("Caf\u00e9 owners"));
        assertEquals("Caf\u00e9 \u00fcber alles", JSON.readTree(lines.get(2)).get("title").asText());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("legacy.html: not valid Shift_JIS as declared, read as windows-1252")),
                r.err());
        assertEquals(3, r.warnings().size(), r.err());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("utf16.html: declares UTF-16 but the bytes are not UTF-16")), r.err());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("cyrillic.html: declares windows-1251 but is valid UTF-8")), r.err());
    }

    /** Item 5: every JSON value on a line is read or reported with line and column; wrong types named; long strings read. */
    @Test
    void item05JsonLinesNothingDroppedSilently() throws Exception {
        String two = line("one", body(1)).strip() + " " + line("two", body(2));
        String garbage = line("three", body(3)).strip() + " xyz\n";
        String number = "{\"id\":\"four\",\"text\":123}\n";
        String para = "{\"id\":\"five\",\"paragraphs\":[\"fine\",{\"p\":1}]}\n";
        write("a.jsonl", two + garbage + number + para);
        Cli.Result r = Cli.run(tmp, "list", "--format", "jsonl", "a.jsonl");
        assertEquals(3, r.exit(), r.err());
        r.assertNoStackTrace();
        List<String> ids = r.outLines().stream().map(l -> {
            try {
                return JSON.readTree(l).get("id").asText();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }).toList();
        assertEquals(List.of("one", "two", "three"), ids);
        String col = String.valueOf(line("one", body(1)).strip().length() + 2);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("a.jsonl:1:" + col + ": a second JSON object")), r.err());
        assertTrue(r.errors().stream().anyMatch(e -> e.contains("a.jsonl:2: trailing garbage") && e.contains("column")), r.err());
        assertTrue(r.errors().stream().anyMatch(e -> e.contains("a.jsonl:3: \"text\" is a number, not a string")), r.err());
        assertTrue(r.errors().stream().anyMatch(e -> e.contains("a.jsonl:4: \"paragraphs\"[1] is an object")), r.err());
        assertEquals(3, r.errors().size(), r.err());

        // one string of 21 M characters: above Jackson's default limit of 20 M
        StringBuilder big = new StringBuilder(21_000_100);
        while (big.length() < 21_000_000) big.append("Word ");
        write("big.jsonl", line("big", big.toString()));
        r = Cli.run(tmp, null, 300, "list", "--format", "csv", "big.jsonl");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("big,"), r.out());
    }

    private static byte[] warcRecord(String id, String title, String contentLength) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><head><title>" + title
                + "</title></head><body><article><p>" + title + ": " + BODY + "</p></article></body></html>";
        int len = http.getBytes(StandardCharsets.UTF_8).length;
        String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + id + ">\r\n"
                + "WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: http://example.com/" + id + "\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: "
                + (contentLength == null ? String.valueOf(len) : contentLength) + "\r\n\r\n";
        return (head + http + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(o)) {
            gz.write(b);
        }
        return o.toByteArray();
    }

    /** Item 6: a negative or non-numeric Content-Length: that record named by offset, the records after it read (also .warc.gz). */
    @Test
    void item06WarcBadContentLengthResynchronises() throws Exception {
        for (boolean gz : List.of(false, true)) {
            for (String bad : List.of("-5", "abc", "", "99999999999999999999")) {
                // .warc.gz: one gzip member per record, as crawlers write them
                byte[] a = gz ? gzip(warcRecord("a", "First story", null)) : warcRecord("a", "First story", null);
                byte[] b = warcRecord("b", "Second story", bad), c = warcRecord("c", "Third story", null);
                ByteArrayOutputStream w = new ByteArrayOutputStream();
                w.write(a);
                w.write(gz ? gzip(b) : b);
                w.write(gz ? gzip(c) : c);
                String name = gz ? "x.warc.gz" : "x.warc";
                Files.write(tmp.resolve(name), w.toByteArray());
                Cli.Result r = Cli.run(tmp, "list", "--format", "csv", name);
                String what = name + " Content-Length '" + bad + "': ";
                assertEquals(3, r.exit(), what + r.err());
                r.assertNoStackTrace();
                assertTrue(r.out().contains("First story") && r.out().contains("Third story"), what + r.out());
                assertFalse(r.out().contains("Second story"), r.out());
                assertEquals(1, r.errors().size(), what + r.err());
                assertTrue(r.errors().get(0).startsWith("news: error: " + name + ": record at offset " + a.length + ": "),
                        what + r.err());
            }
        }
    }

    /** Item 6's neighbour: a last record whose Content-Length runs past the end of the file is named, not passed over. */
    @Test
    void item06WarcTruncatedLastRecordNamed() throws Exception {
        byte[] a = warcRecord("a", "First story", null);
        ByteArrayOutputStream w = new ByteArrayOutputStream();
        w.write(a);
        // a record holding no page (it was passed over: "no article"), cut short
        w.write("WARC/1.0\r\nWARC-Type: metadata\r\nWARC-Record-ID: <urn:uuid:m>\r\nContent-Length: 1000\r\n\r\nshort"
                .getBytes(StandardCharsets.US_ASCII));
        Files.write(tmp.resolve("cut.warc"), w.toByteArray());
        Cli.Result r = Cli.run(tmp, "list", "--format", "csv", "cut.warc");
        assertEquals(3, r.exit(), r.err());
        assertTrue(r.out().contains("First story"), r.out());
        assertEquals(1, r.errors().size(), r.err());
        assertTrue(r.errors().get(0).startsWith("news: error: cut.warc: record at offset " + a.length + ": truncated record"), r.err());
    }

    /** Item 7: SIGTERM and SIGINT while writing -o remove the temporary; a killed run's temporary goes at the next start. */
    @Test
    void item07SignalRemovesTemporaryAndStaleOnesAreCleaned() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("o"));
        for (String signal : List.of("TERM", "INT")) {
            // reading stdin that never ends: the output's temporary exists while the run waits
            Process p = new ProcessBuilder(Cli.javaBin(), "-jar", Cli.JAR.toString(), "clean", "-o",
                    dir.resolve("out.jsonl").toString(), "-").redirectErrorStream(true).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90); // a loaded machine starts JVMs slowly
            while (names(dir).isEmpty() && System.nanoTime() < deadline) Thread.sleep(50);
            List<String> during = names(dir);
            assertEquals(1, during.size(), during.toString());
            assertTrue(during.get(0).matches("\\.out\\.jsonl\\.news-[0-9]+-[0-9a-f]{8}\\.tmp"), during.toString());
            new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start().waitFor();
            assertTrue(p.waitFor(90, TimeUnit.SECONDS), "stopped by SIG" + signal);
            p.getOutputStream().close();
            assertEquals(List.of(), names(dir), "SIG" + signal + " left a temporary");
        }
        // a run killed outright (pid far above pid_max: never alive) left one; a file of another pattern stays
        Path stale = Files.writeString(dir.resolve(".out.jsonl.news-999999999-0123abcd.tmp"), "partial");
        Path other = Files.writeString(dir.resolve(".out.jsonl.mine.tmp"), "not ours");
        write("in/a.txt", "Headline\n\n" + BODY + "\n");
        Cli.Result r = Cli.run(tmp, "clean", "-o", dir.resolve("out.jsonl").toString(), "in");
        assertEquals(0, r.exit(), r.err());
        assertFalse(Files.exists(stale), "stale temporary removed");
        assertTrue(Files.exists(other), "other files kept");
        assertEquals(List.of(".out.jsonl.mine.tmp", "out.jsonl"), names(dir));
    }

    /** Item 8: a planted {@code <id>.json} symlink is replaced by the file; its target outside is untouched. */
    @Test
    void item08OutDirNeverFollowsAPlantedLink() throws Exception {
        Path outside = Files.writeString(tmp.resolve("precious.txt"), "keep me\n");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path link = Files.createSymbolicLink(out.resolve("story.json"), outside);
        write("in/story.txt", "Headline\n\n" + BODY + "\n");
        Cli.Result r = Cli.run(tmp, "clean", "--out-dir", out.toString(), "in");
        assertEquals(0, r.exit(), r.err());
        r.assertNoStackTrace();
        assertEquals("keep me\n", Files.readString(outside));
        assertFalse(Files.isSymbolicLink(link), "the link itself was replaced");
        assertTrue(Files.isRegularFile(link, LinkOption.NOFOLLOW_LINKS));
        assertEquals("story", JSON.readTree(link.toFile()).get("id").asText());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("story.json: was a symbolic link")), r.err());
    }

    /** No C0 (but line break), DEL, C1 or bidi control in a terminal view. */
    private static void assertTerminalSafe(String what, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F || c == '\u202E' || c == '\u2028';
            assertFalse(bad, what + ": raw control U+" + Integer.toHexString(c) + " at " + i + " in:\n" + s);
        }
    }

    /** Item 9: control characters in ids, titles, text, sites and file names never reach a terminal view; JSON escapes them. */
    @Test
    void item09NoControlCharacterOnATerminalView() throws Exception {
        String osc = "\u001b]8;;http://evil.example/\u0007";
        String title = "T".repeat(55) + osc + "click" + "\u009b31m\u202Ereversed";
        String text = BODY + " \u001b[2J cleared \u0085 next \u2028 and \u2029 more. \u201cWe will \u001b]0;pwn\u0007 build"
                + " the \u009b2J bridge this year,\u201d said Mayor John Smith\u001b[5m on Tuesday.";
        List<Map<String, String>> rows = List.of(
                Map.of("id", "id" + osc + "\u0000nul", "title", title, "site", "site\u0007bell", "text", "A " + text),
                Map.of("id", "copy\u001b[1m", "title", title, "text", "A " + text));
        StringBuilder jl = new StringBuilder();
        for (Map<String, String> row : rows) jl.append(JSON.writeValueAsString(row)).append('\n');
        write("in/evil.jsonl", jl.toString());
        write("in/file\u001b[31mname.txt", "Headline \u001b]0;title\u0007 here\n\n" + text + "\n");
        List<List<String>> views = List.of(List.of("list"), List.of("list", "--format", "table"),
                List.of("clean", "--explain"), List.of("clean", "--format", "table"), List.of("quotes"),
                List.of("dedup"), List.of("dedup", "--explain", "copy\u001b[1m", "file\u001b[31mname"),
                List.of("list", "missing\u001b]0;x\u0007.txt"));
        for (List<String> view : views) {
            List<String> args = new ArrayList<>(view);
            args.add("in");
            Cli.Result r = Cli.run(tmp, args.toArray(String[]::new));
            assertTrue(r.exit() == 0 || r.exit() == 3, view + ": " + r.err());
            r.assertNoStackTrace();
            if (view.equals(List.of("quotes"))) assertTrue(r.out().contains("John Smith"), "the quote is listed: " + r.out());
            assertTerminalSafe(view + " stdout", r.out());
            assertTerminalSafe(view + " stderr", r.err());
        }
        // JSON: every control escaped, also DEL, C1, U+2028/9 (line-splitting readers), and the text unchanged
        Cli.Result r = Cli.run(tmp, "clean", "in/evil.jsonl");
        assertEquals(0, r.exit(), r.err());
        for (String esc : List.of("\u0085", "\u009b", "\u2028", "\u2029", "\u001b", "\u0007")) {
            assertFalse(r.out().contains(esc), "raw U+" + Integer.toHexString(esc.charAt(0)) + " in JSON");
        }
        assertTrue(r.out().contains("\\u2028") && r.out().contains("\\u009B"), r.out());
        assertEquals(2, r.outLines().size());
        assertEquals("id" + osc + "\u0000nul", JSON.readTree(r.outLines().get(0)).get("id").asText());
    }

    /** Item 10: text cells a spreadsheet would run as a formula get a leading quote; numbers stay numbers. */
    @Test
    void item10CsvFormulaCellsNeutralised() throws Exception {
        StringBuilder jl = new StringBuilder();
        String[] titles = {"=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "Plain"};
        for (int i = 0; i < titles.length; i++) {
            jl.append(JSON.writeValueAsString(Map.of("id", "r" + i, "title", titles[i], "text", body(i)))).append('\n');
        }
        write("f.jsonl", jl.toString());
        Cli.Result r = Cli.run(tmp, "list", "--format", "csv", "f.jsonl");
        assertEquals(0, r.exit(), r.err());
        String csv = r.out();
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://evil\"\")\","), csv);
        assertTrue(csv.contains(",'+1+1,") && csv.contains(",'-2+3,") && csv.contains(",'@SUM(A1),")
                && csv.contains(",Plain,"), csv);
        assertTrue(csv.contains(",0.000,"), "numbers are not text cells: " + csv);
    }

    private static String shell(Path dir, String script) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", script).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return out;
    }

    /** Item 11: outputs get the umask's permissions (a replaced file keeps its own), not always 0600. */
    @Test
    void item11OutputsRespectTheUmask() throws Exception {
        write("in/a.txt", "Headline\n\n" + BODY + "\n");
        String news = "'" + Cli.javaBin() + "' -jar '" + Cli.JAR + "' ";
        shell(tmp, "umask 022; " + news + "clean -o new022.jsonl in; " + news + "clean --out-dir d022 in");
        shell(tmp, "umask 027; " + news + "clean -o new027.jsonl in");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("new022.jsonl"))));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("d022/a.json"))));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("new027.jsonl"))));
        Path kept = Files.writeString(tmp.resolve("kept.jsonl"), "old\n");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw----"));
        shell(tmp, "umask 022; " + news + "clean -o kept.jsonl in");
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
        assertNotEquals("old\n", Files.readString(kept));
    }

    /** Item 11's neighbour: a read-only output file is not replaced behind its back (as {@code > file} would refuse). */
    @Test
    void item11ReadOnlyOutputNotReplaced() throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createDirectories(tmp.resolve("shared"));
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path in = Files.writeString(dir.resolve("a.txt"), "Headline\n\n" + BODY + "\n");
        Path ro = Files.writeString(dir.resolve("ro.csv"), "old\n");
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(in, PosixFilePermissions.fromString("rw-r--r--"));
        String cmd = "'" + Cli.javaBin() + "' -jar '" + Cli.JAR + "' list -o '" + ro + "' '" + in + "'; echo \"exit=$?\"";
        if (root) {
            Assumptions.assumeTrue(new ProcessBuilder("su", "nobody", "-s", "/bin/bash", "-c", "true").start().waitFor() == 0,
                    "as root, needs su to an unprivileged user (root may write anything)");
            cmd = "su nobody -s /bin/bash -c \"cd /tmp && " + cmd.replace("\"", "\\\"").replace("$?", "\\$?") + "\"";
        }
        String out = shell(tmp, cmd);
        assertTrue(out.contains("news: error: " + ro + ": cannot write (permission denied)") && out.contains("exit=1"), out);
        assertEquals("old\n", Files.readString(ro));
        assertEquals(List.of("a.txt", "ro.csv"), names(dir), "no temporary left");
    }

    /** Item 12: non-ASCII file names (inputs and -o) under LC_ALL=C, through java -jar and bin/news. */
    @Test
    void item12NonAsciiFileNamesUnderTheCLocale() throws Exception {
        write("caf\u00e9.txt", "Headline\n\n" + BODY + "\n");
        write("plain.txt", "Other headline\n\n" + body(2) + "\n");
        for (boolean script : List.of(false, true)) {
            List<String> cmd = new ArrayList<>(script ? List.of(Path.of("bin/news").toAbsolutePath().toString())
                    : List.of(Cli.javaBin(), "-jar", Cli.JAR.toString()));
            String out = "r\u00e9sum\u00e9-" + script + ".csv";
            cmd.addAll(List.of("list", "-o", out, "caf\u00e9.txt", "plain.txt"));
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile());
            pb.environment().remove("LANG");
            pb.environment().remove("LC_CTYPE");
            pb.environment().put("LC_ALL", "C");
            pb.environment().put("NEWS_NO_CDS", "1");
            Process p = pb.redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(300, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), log);
            String csv = Files.readString(tmp.resolve(out));
            assertTrue(csv.contains("caf\u00e9,") && csv.contains("plain,"), csv);
        }
    }

    /** Item 13: numeric options out of range are usage errors naming the range; -j is capped, not refused. */
    @Test
    void item13NumericOptionsValidated() throws Exception {
        write("in/a.txt", "Headline\n\n" + BODY + "\n");
        String[][] bad = {
            {"dedup", "--bands", "0"}, {"dedup", "--rows", "-1"}, {"dedup", "--bands", "100", "--rows", "100"},
            {"dedup", "--threshold", "1.5"}, {"dedup", "--containment", "0"}, {"dedup", "--shingle", "0"},
            {"dedup", "--permutations", "100000"}, {"dedup", "--passage-words", "1"}, {"dedup", "--boilerplate-df", "-2"},
            {"list", "-j", "2147483647"}, {"list", "-j", "-5"}, {"clean", "--threads", "5000"},
            {"quotes", "--min-words", "-1"},
        };
        for (String[] args : bad) {
            List<String> a = new ArrayList<>(List.of(args));
            a.add("in");
            Cli.Result r = Cli.run(tmp, a.toArray(String[]::new));
            assertEquals(2, r.exit(), a + ": " + r.err());
            assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
            assertTrue(r.errLines().get(0).matches("news: .*(must be|at most).*"), a + ": " + r.err());
            assertEquals("", r.out());
        }
        Cli.Result r = Cli.run(tmp, "list", "-j", "1000", "in");
        assertEquals(0, r.exit(), r.err());
    }

    /** Item 14: --out-dir naming a regular file says why. */
    @Test
    void item14OutDirNamingAFile() throws Exception {
        write("in/a.txt", "Headline\n\n" + BODY + "\n");
        write("notadir", "x");
        Cli.Result r = Cli.run(tmp, "clean", "--out-dir", "notadir", "in");
        assertEquals(1, r.exit(), r.err());
        r.assertNoStackTrace();
        assertEquals(List.of("news: error: notadir: not a directory (--out-dir needs a folder)"), r.errLines());
        assertEquals("x", Files.readString(tmp.resolve("notadir")));
    }

    /** Item 15: a FIFO and /dev/zero are refused by file type at once; binary on stdin fails from its first bytes. */
    @Test
    void item15FifoAndDevicesRefusedAtOnce() throws Exception {
        Path fifo = tmp.resolve("pipe.txt");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo needed");
        write("good.txt", "Headline\n\n" + BODY + "\n");
        Cli.Result r = Cli.run(tmp, "list", "--format", "csv", "pipe.txt", "/dev/zero", "good.txt");
        assertEquals(3, r.exit(), r.err());
        r.assertNoStackTrace();
        assertEquals(List.of("news: error: pipe.txt: a named pipe (FIFO), not a regular file, skipped (to read a stream,"
                        + " pipe it to standard input and name it -)",
                "news: error: /dev/zero: a character device, not a regular file, skipped (to read a stream, pipe it to"
                        + " standard input and name it -)"), r.errLines());
        assertTrue(r.out().contains("good,"), r.out());
        // inside a folder too: said, not passed over in silence
        Path dir = Files.createDirectories(tmp.resolve("dir"));
        Files.move(fifo, dir.resolve("pipe.txt"));
        Files.createSymbolicLink(dir.resolve("zero.txt"), Path.of("/dev/zero"));
        Files.copy(tmp.resolve("good.txt"), dir.resolve("good.txt"));
        r = Cli.run(tmp, "list", "--format", "csv", "dir");
        assertEquals(3, r.exit(), r.err());
        assertEquals(Set.of("news: error: dir/pipe.txt: a named pipe (FIFO), not a regular file, skipped",
                "news: error: dir/zero.txt: a character device, not a regular file, skipped"), Set.copyOf(r.errLines()));
        assertEquals(2, r.errLines().size(), r.err());
        assertTrue(r.out().contains("good,"), r.out());
        long start = System.nanoTime();
        String out = shell(tmp, "'" + Cli.javaBin() + "' -jar '" + Cli.JAR + "' list - < /dev/zero; echo \"exit=$?\"");
        assertTrue(out.contains("news: error: -: binary file (not text), skipped") && out.contains("exit=1"), out);
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(60), "not read to the 1 GiB limit");
    }

    /** Item 16: nothing read is exit 1; --format where it has no effect is a usage error; -o x.csv means csv. */
    @Test
    void item16ExitCodesAndFormats() throws Exception {
        Cli.Result r = Cli.run(tmp, "list", "missing1.txt", "missing2.txt");
        assertEquals(1, r.exit(), r.err());
        assertEquals(2, r.errors().size(), r.err());
        write("in/a.txt", "Headline\n\n" + BODY + "\n");
        write("in/b.txt", "Another headline\n\n" + body(2) + "\n");
        for (String[] args : new String[][] {{"clean", "--explain", "--format", "csv"}, {"dedup", "--keep", "canonical", "--format", "table"},
                {"dedup", "--explain", "a", "b", "--format", "csv"}}) {
            List<String> a = new ArrayList<>(List.of(args));
            a.add("in");
            r = Cli.run(tmp, a.toArray(String[]::new));
            assertEquals(2, r.exit(), a + ": " + r.err());
            assertTrue(r.errLines().get(0).contains("--format"), r.err());
        }
        for (String[] args : new String[][] {{"clean", "--explain", "-o", "report.csv"}, {"dedup", "--keep", "canonical", "-o", "kept.csv"}}) {
            List<String> a = new ArrayList<>(List.of(args));
            a.add("in");
            r = Cli.run(tmp, a.toArray(String[]::new));
            assertEquals(2, r.exit(), a + ": " + r.err());
            assertTrue(r.errLines().get(0).contains("not the csv that -o"), r.err());
            assertFalse(Files.exists(tmp.resolve(args[args.length - 1])));
        }
        r = Cli.run(tmp, "list", "-o", "out.csv", "in");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(tmp.resolve("out.csv")).startsWith("id,site,title,"), "csv inferred from -o");
        r = Cli.run(tmp, "list", "-o", "out.json", "in");
        assertEquals(2, JSON.readTree(tmp.resolve("out.json").toFile()).size());
        r = Cli.run(tmp, "list", "--format", "table", "-o", "table.csv", "in");
        assertTrue(Files.readString(tmp.resolve("table.csv")).startsWith("ID  "), "an explicit --format wins");
    }

    /** Neighbours: a binary file named .jsonl is one error, not one per "line"; a flood of bad lines is summed up. */
    @Test
    void neighbourBinaryOrForeignJsonLinesGiveFewLines() throws Exception {
        Files.write(tmp.resolve("photo.jsonl"), BadBytes.png());
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 500; i++) junk.append("not json ").append(i).append('\n');
        write("junk.jsonl", junk + line("last", body(1)));
        Cli.Result r = Cli.run(tmp, "list", "--format", "csv", "photo.jsonl", "junk.jsonl");
        assertEquals(3, r.exit(), r.err());
        r.assertNoStackTrace();
        assertEquals("news: error: photo.jsonl: binary file (not JSON Lines), skipped", r.errors().get(0));
        assertEquals(22, r.errors().size(), r.err());
        assertEquals("news: error: junk.jsonl: 480 more bad lines skipped, not shown one by one", r.errors().get(21));
        assertTrue(r.out().contains("last,"), r.out());
    }

    /** Neighbours: an output whose folder cannot be made, or is not writable, is one line naming it. */
    @Test
    void neighbourUnwritableOutputsNamed() throws Exception {
        write("in/a.txt", "Headline\n\n" + BODY + "\n");
        Cli.Result r = Cli.run(tmp, "list", "-o", "in/a.txt/sub/x.csv", "in");
        assertEquals(1, r.exit(), r.err());
        assertEquals(List.of("news: error: in/a.txt/sub/x.csv: cannot create its folder (Not a directory)"), r.errLines());
        r = Cli.run(tmp, "clean", "--out-dir", "in/a.txt/sub", "in");
        assertEquals(1, r.exit(), r.err());
        assertEquals(List.of("news: error: in/a.txt/sub: cannot create (Not a directory)"), r.errLines());
    }

    /** Neighbours: an empty argument ("$UNSET") is not the current directory, for inputs, -o and --out-dir. */
    @Test
    void neighbourEmptyNamesRefused() throws Exception {
        write("a.txt", "Headline\n\n" + BODY + "\n");
        Cli.Result r = Cli.run(tmp, "list", "--format", "csv", "", "a.txt");
        assertEquals(3, r.exit(), r.err());
        assertEquals(List.of("news: error: '': empty file name, skipped"), r.errLines());
        r = Cli.run(tmp, "list", "-o", "", "a.txt");
        assertEquals(1, r.exit(), r.err());
        assertEquals(List.of("news: error: -o '': empty file name"), r.errLines());
        r = Cli.run(tmp, "clean", "--out-dir", "", "a.txt");
        assertEquals(1, r.exit(), r.err());
        assertEquals(List.of("news: error: --out-dir '': empty folder name"), r.errLines());
        assertEquals(List.of("a.txt"), names(tmp), "nothing written into the current directory");
    }

    /** Item 17: problems in the output data do not carry the input's (absolute) path; it is in "path" as given. */
    @Test
    void item17ProblemsCarryNoPath() throws Exception {
        Path latin = tmp.resolve("latin.txt");
        Files.write(latin, ("Headline\n\n" + BODY + " Caf\u00e9.\n").getBytes(StandardCharsets.ISO_8859_1));
        Cli.Result r = Cli.run(tmp, "clean", latin.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode a = JSON.readTree(r.out());
        assertEquals(latin.toString(), a.get("path").asText());
        assertEquals("not valid UTF-8 (first at byte offset " + ("Headline\n\n" + BODY + " Caf").length()
                + "), read as windows-1252", a.get("problems").get(0).asText());
        assertFalse(r.out().contains(tmp.toString() + "/latin.txt:"), r.out());
    }
}
