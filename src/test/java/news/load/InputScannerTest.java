package news.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

    /**
     * Regression test of the compact scanner: on a tree with every awkward case, the same files
     * in the same order, with the same paths, displays, ids, formats and gzip flags, and the same
     * errors, as the scanner it replaced ({@link LegacyInputScanner}).
     */
    @Test
    void sameFilesIdsOrderAndErrorsAsTheOldScanner() throws Exception {
        Path t = Files.createDirectories(dir.resolve("tree"));
        for (String f : List.of("a/x.txt", "a/x.html", "a/sub/x.txt.gz", "a-b/x.txt", "a.b/y.txt", "ab/x.TXT",
                "b/story.txt", "c/story.htm", "c/d/story.warc", "c/d/story.jsonl", "notes.md", "README",
                "z/\u00e9t\u00e9.txt", "z/\u65e5\u672c.txt", "z/\ud83d\ude00.txt", "z/\uff01.txt", "z/e.txt",
                "z/x~2.txt", "z/x.txt", "s p a c e/x.ndjson", ".hidden/x.txt")) {
            Path p = t.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, f);
        }
        Files.createSymbolicLink(t.resolve("0link.txt"), t.resolve("b/story.txt")); // sorts first: it wins
        Files.createSymbolicLink(t.resolve("link.txt"), t.resolve("a/x.txt")); // sorts after: dropped
        Files.createSymbolicLink(t.resolve("zdir"), t.resolve("a")); // the same files again
        Files.createSymbolicLink(t.resolve("a/sub/loop"), t); // loop
        Files.createSymbolicLink(t.resolve("broken.txt"), t.resolve("nowhere"));
        Files.createLink(t.resolve("c/hard.txt"), t.resolve("c/story.htm")); // same inode, other name
        Path dat = Files.writeString(dir.resolve("dump.dat"), "x");
        Path relative = Path.of("").toAbsolutePath().relativize(t);
        List<String> args = List.of(t.toString(), "-", t.resolve("a/x.txt").toString(), dat.toString(),
                dir.resolve("missing.txt").toString(), "./" + relative, "-", t.resolve("b").toString());

        InputScanner.Result now = InputScanner.scan(args);
        LegacyInputScanner.Result before = LegacyInputScanner.scan(args);
        assertEquals(before.errors(), now.errors());
        assertEquals(before.files().size(), now.files().size());
        for (int i = 0; i < now.files().size(); i++) assertEquals(before.files().get(i), now.files().get(i), "file " + i);
        assertEquals(before.files(), List.copyOf(now.files()));
        // The tree really has the cases: colliding stems, "~2", de-duplicated links, a loop, stdin twice.
        List<String> ids = ids(now);
        assertTrue(ids.stream().anyMatch(id -> id.endsWith("a/x~2")), ids.toString());
        assertTrue(ids.contains("stdin~2") && ids.contains("0link") && !ids.contains("link"), ids.toString());
        assertTrue(ids.stream().noneMatch(id -> id.contains("zdir")), ids.toString());
        assertTrue(now.errors().stream().anyMatch(e -> e.contains("symlink loop")), now.errors().toString());
        assertEquals(ids.size(), ids.stream().distinct().count());
    }

    /** Random trees of names made to collide and to sort awkwardly, against the old scanner. */
    @Test
    void randomTreesScanAsTheOldScannerDid() throws Exception {
        String[] parts = {"a", "b", "a-", "a.", "x", "\u00e9", "\uff01", "\ud83d\ude00", "~2", " "};
        String[] exts = {".txt", ".txt.gz", ".html", ".jsonl", ".md", ".TXT", ""};
        for (int seed = 0; seed < 8; seed++) {
            Random rnd = new Random(seed);
            Path t = Files.createDirectories(dir.resolve("random" + seed));
            List<Path> files = new ArrayList<>();
            for (int k = 0; k < 60; k++) {
                StringBuilder rel = new StringBuilder();
                for (int depth = rnd.nextInt(4); depth > 0; depth--) rel.append(parts[rnd.nextInt(parts.length)]).append('/');
                rel.append(parts[rnd.nextInt(parts.length)]).append(parts[rnd.nextInt(parts.length)])
                        .append(exts[rnd.nextInt(exts.length)]);
                Path p = t.resolve(rel.toString());
                try {
                    Files.createDirectories(p.getParent());
                    if (!Files.exists(p)) files.add(Files.writeString(p, rel));
                } catch (IOException e) {
                    // a name already used for a file where a directory is wanted (or the reverse)
                }
            }
            for (int k = 0; k < 10 && !files.isEmpty(); k++) {
                Path link = t.resolve("l" + k + exts[rnd.nextInt(3)]);
                Files.createSymbolicLink(link, files.get(rnd.nextInt(files.size())));
            }
            List<String> args = List.of(t.toString(), files.get(0).toString(), t.toString());
            InputScanner.Result now = InputScanner.scan(args);
            LegacyInputScanner.Result before = LegacyInputScanner.scan(args);
            assertEquals(before.errors(), now.errors(), "seed " + seed);
            assertEquals(before.files().size(), now.files().size(), "seed " + seed);
            for (int i = 0; i < now.files().size(); i++) {
                assertEquals(before.files().get(i), now.files().get(i), "seed " + seed + ", file " + i);
            }
        }
    }

    /** A name the platform charset cannot decode: the file is still found and read by its real path. */
    @Test
    void undecodableFileNameKeepsItsPath() throws Exception {
        Path t = Files.createDirectories(dir.resolve("bytes"));
        Process p = new ProcessBuilder("sh", "-c", "printf x > \"$(printf 'bad\\377.txt')\"")
                .directory(t.toFile()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0);
        InputScanner.Result now = InputScanner.scan(List.of(t.toString()));
        assertEquals(LegacyInputScanner.scan(List.of(t.toString())).files(), List.copyOf(now.files()));
        assertEquals(1, now.files().size());
        assertEquals("x", new String(Files.readAllBytes(now.files().get(0).path())));
    }

    @Test
    void isInputKnowsFilesUnderEveryName() throws Exception {
        Path in = Files.writeString(dir.resolve("in.txt"), "a");
        Path other = Files.writeString(dir.resolve("other.txt"), "b");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), in);
        Path hard = Files.createLink(dir.resolve("hard.json"), in);
        ScannedFiles files = InputScanner.scan(List.of(in.toString())).files();
        assertTrue(files.isInput(in));
        assertTrue(files.isInput(link));
        assertTrue(files.isInput(hard));
        assertFalse(files.isInput(other));
        assertFalse(files.isInput(dir.resolve("missing.txt")));
        assertTrue(files.inputTest().test(in));
    }

    /** On Unix the file key is read as device + inode (else the scan falls back to a heavy set). */
    @Test
    void unixFileKeysAreReadAsDeviceAndInode() throws Exception {
        Path f = Files.writeString(dir.resolve("k.txt"), "k");
        Object key = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        org.junit.jupiter.api.Assumptions.assumeTrue(key != null && key.getClass().getName().equals("sun.nio.fs.UnixFileKey"));
        long[] devIno = FileIdentities.unixKey(key);
        assertTrue(devIno != null, key.toString());
        assertEquals(((Number) Files.getAttribute(f, "unix:ino")).longValue(), devIno[1]);
        assertEquals(((Number) Files.getAttribute(f, "unix:dev")).longValue(), devIno[0]);
    }
}
