package news.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputScannerTest {
    @TempDir
    Path dir;

    private static List<String> ids(InputScanner.Result r) {
        return r.files().stream().map(InputFile::id).toList();
    }

    @Test
    void walksDirectoriesRecursivelyInNameOrderAndSkipsUnknownExtensions() throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/z.txt"), "z");
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve("c.html.gz"), "c");
        Files.writeString(dir.resolve("notes.md"), "ignored");
        InputScanner.Result r = InputScanner.scan(List.of(dir.toString()));
        assertEquals(List.of("a", "z", "c"), ids(r)); // "a.txt" < "b/z.txt" < "c.html.gz"
        assertTrue(r.errors().isEmpty());
        InputFile c = r.files().get(2);
        assertEquals(InputFormat.HTML, c.format());
        assertTrue(c.gzip());
    }

    @Test
    void collidingStemsAreDisambiguatedByPath() throws Exception {
        Files.createDirectories(dir.resolve("x"));
        Files.createDirectories(dir.resolve("y"));
        Files.writeString(dir.resolve("x/story.txt"), "1");
        Files.writeString(dir.resolve("y/story.txt"), "2");
        Files.writeString(dir.resolve("y/other.txt"), "3");
        List<String> ids = ids(InputScanner.scan(List.of(dir.toString())));
        assertEquals(3, ids.size());
        assertTrue(ids.get(0).endsWith("x/story"), ids.toString());
        assertTrue(ids.contains("other"));
        assertTrue(ids.get(2).endsWith("y/story"), ids.toString());
    }

    @Test
    void missingPathIsAnErrorNamingIt() {
        InputScanner.Result r = InputScanner.scan(List.of(dir.resolve("nope.txt").toString()));
        assertTrue(r.files().isEmpty());
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).contains("nope.txt"));
    }

    @Test
    void symlinkLoopIsReportedNotFollowedForever() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("a.txt"), "a");
        Files.createSymbolicLink(sub.resolve("loop"), dir);
        InputScanner.Result r = InputScanner.scan(List.of(dir.toString()));
        assertEquals(List.of("a"), ids(r));
        assertTrue(r.errors().stream().anyMatch(e -> e.contains("loop")), r.errors().toString());
    }

    @Test
    void dashIsStdin() {
        InputScanner.Result r = InputScanner.scan(List.of("-"));
        assertTrue(r.files().get(0).isStdin());
        assertEquals("stdin", r.files().get(0).id());
    }

    @Test
    void explicitFileWithUnknownExtensionIsReadAsText() throws Exception {
        Path f = Files.writeString(dir.resolve("dump.dat"), "x");
        InputScanner.Result r = InputScanner.scan(List.of(f.toString()));
        assertEquals(InputFormat.TXT, r.files().get(0).format());
        assertEquals("dump.dat", r.files().get(0).id());
    }

    @Test
    void stemDropsKnownExtensionsOnly() {
        assertEquals("a", InputFormat.stem("a.txt.gz"));
        assertEquals("a.b", InputFormat.stem("a.b.html"));
        assertEquals("a.dat", InputFormat.stem("a.dat"));
    }
}
