package news.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output faults through the real CLI: full disk, closed pipe, outputs that name an input, a
 * device or a symlink. Outputs are all-or-nothing: a failed run leaves no partial file.
 */
class OutputFaultsIT {
    private static final Path FULL = Path.of("/dev/full");

    @TempDir
    Path tmp;

    private Path corpusCopy() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            for (Path p : s.toList()) Files.copy(p, in.resolve(p.getFileName()));
        }
        return in;
    }

    @Test
    void fullDiskThroughASymlinkFailsWithOneLineAndLeavesNoFile() throws Exception {
        Assumptions.assumeTrue(Files.exists(FULL), "/dev/full needed");
        Path in = corpusCopy();
        // A link in our own temp dir: even a broken build could only ever replace the link.
        Path link = Files.createSymbolicLink(tmp.resolve("out.jsonl"), FULL);
        Cli.Result r = Cli.run(tmp, "clean", "--format", "jsonl", "-o", link.toString(), in.toString());
        assertEquals(1, r.exit(), r.err());
        r.assertNoStackTrace();
        assertEquals(1, r.errors().size(), r.err());
        assertTrue(r.errors().get(0).contains("out.jsonl: cannot write (No space left on device)"), r.err());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertTrue(Files.readSymbolicLink(link).equals(FULL));
        Cli.assertNoTemporaries(tmp);
    }

    @Test
    void fullStdoutFailsWithOneLine() throws Exception {
        Assumptions.assumeTrue(Files.isWritable(FULL), "/dev/full needed");
        Path in = corpusCopy();
        for (List<String> cmd : List.of(List.of("clean"), List.of("clean", "--explain"), List.of("list"))) {
            String[] args = Stream.concat(cmd.stream(), Stream.of(in.toString())).toArray(String[]::new);
            Cli.Result r = Cli.run(tmp, FULL.toFile(), Cli.QUICK, args);
            assertEquals(1, r.exit(), cmd + ": " + r.err());
            r.assertNoStackTrace();
            assertEquals(1, r.errors().size(), cmd + ": " + r.err());
            // --explain included (regression: it wrote through a PrintStream that swallowed the cause)
            assertTrue(r.errors().get(0).contains("stdout: cannot write (No space left on device)"), cmd + ": " + r.err());
        }
    }

    /** `news clean --explain >&-`: stdout closed before the run (not a pipe closed by its reader). */
    @Test
    void closedStdoutDescriptorFailsWithOneLine() throws Exception {
        Path in = corpusCopy();
        for (String cmd : List.of("clean --explain", "clean", "list")) {
            String sh = "'" + Cli.javaBin() + "' -jar '" + Cli.JAR + "' " + cmd + " '" + in + "' >&-; echo \"exit=$?\"";
            Process p = new ProcessBuilder("bash", "-c", sh).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            assertEquals("exit=1", out.strip(), cmd + ": " + err);
            assertEquals("news: error: stdout: cannot write (Bad file descriptor)", err.strip(), cmd);
        }
    }

    @Test
    void writingToADeviceWritesThroughItAndNeverReplacesIt() throws Exception {
        Path devNull = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.exists(devNull));
        // Through a symlink, so that a regression replaces only our link, never the device.
        Path link = Files.createSymbolicLink(tmp.resolve("sink.json"), devNull);
        Cli.Result r = Cli.run(tmp, "clean", "-o", link.toString(), Path.of("corpus").toAbsolutePath().toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertFalse(Files.isRegularFile(devNull, LinkOption.NOFOLLOW_LINKS), "/dev/null is still a device");
        Cli.assertNoTemporaries(tmp);
    }

    @Test
    void outputThroughASymlinkReplacesTheTargetAndKeepsTheLink() throws Exception {
        Path real = Files.writeString(tmp.resolve("real.jsonl"), "old\n");
        Path link = Files.createSymbolicLink(tmp.resolve("link.jsonl"), real);
        Cli.Result r = Cli.run(tmp, "clean", "-o", link.toString(), Path.of("corpus").toAbsolutePath().toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(5, Files.readAllLines(real).size());
        Cli.assertNoTemporaries(tmp);
    }

    @Test
    void closedStdoutEndsQuietly() throws Exception {
        Path in = corpusCopy();
        String cmd = "'" + Cli.javaBin() + "' -jar '" + Cli.JAR + "' clean '" + in + "' '" + in + "' '" + in
                + "' | head -1 >/dev/null; echo \"exit=${PIPESTATUS[0]}\"";
        Process p = new ProcessBuilder("bash", "-c", cmd).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        assertEquals("exit=0", out.strip(), err);
        assertEquals("", err, "quiet on a closed pipe");
    }

    @Test
    void outputNamingAnInputIsRefusedAndTheInputKept() throws Exception {
        Path in = corpusCopy();
        Path victim;
        try (Stream<Path> s = Files.list(in)) {
            victim = s.sorted().findFirst().orElseThrow();
        }
        byte[] before = Files.readAllBytes(victim);
        for (String cmd : List.of("clean", "list")) {
            Cli.Result r = Cli.run(tmp, cmd, "-o", victim.toString(), in.toString());
            assertEquals(1, r.exit(), r.err());
            r.assertNoStackTrace();
            assertEquals(1, r.errors().size(), r.err());
            assertTrue(r.errors().get(0).contains("is one of the inputs, not overwritten"), r.err());
            assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(victim), "input intact");
            Cli.assertNoTemporaries(in);
        }
    }

    @Test
    void outDirNeverOverwritesAnInput() throws Exception {
        // An input that is itself named like the output of another input: a.json.txt -> a.json.json,
        // and "a.jsonl" whose id "a" would give a.json: the inputs must stay untouched.
        Path dir = Files.createDirectories(tmp.resolve("both"));
        Files.writeString(dir.resolve("story.txt"), "Headline\n\nA paragraph of the story, long enough.\n");
        Path trap = Files.writeString(dir.resolve("story.json.txt"), "Other headline\n\nAnother paragraph here.\n");
        Cli.Result r = Cli.run(tmp, "clean", "--out-dir", dir.toString(), dir.toString());
        assertTrue(r.exit() == 0, r.err());
        assertEquals("Other headline\n\nAnother paragraph here.\n", Files.readString(trap));
        assertTrue(Files.exists(dir.resolve("story.json")));
        Cli.assertNoTemporaries(dir);
    }

    @Test
    void diskFilledMidRunLeavesNoPartialFileAndKeepsTheOldOne() throws Exception {
        // A 64 KiB tmpfs in a private mount namespace (gone when the process ends): the output
        // fills it half-way through the corpus. Needs root and unshare; skipped elsewhere.
        Path in = corpusCopy();
        Path disk = Files.createDirectories(tmp.resolve("disk"));
        String cmd = "mount -t tmpfs -o size=64k tmpfs '" + disk + "' && printf 'previous result\\n' > '" + disk
                + "/out.jsonl' && '" + Cli.javaBin() + "' -jar '" + Cli.JAR + "' clean -o '" + disk + "/out.jsonl' '"
                + in + "' '" + in + "' 2>'" + tmp.resolve("err.txt") + "'; echo \"exit=$?\"; cat '" + disk
                + "/out.jsonl'; ls -a '" + disk + "'";
        Process probe = new ProcessBuilder("unshare", "-m", "true").redirectErrorStream(true).start();
        Assumptions.assumeTrue(probe.waitFor() == 0, "needs unshare -m (root) for a private tmpfs");
        Process p = new ProcessBuilder("unshare", "-m", "bash", "-c", cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        String err = Files.readString(tmp.resolve("err.txt"));
        assertTrue(out.startsWith("exit=1\nprevious result\n"), out + err);
        assertEquals(List.of(".", "..", "out.jsonl"), out.lines().skip(2).toList(), "no temporary left: " + out);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("news: error: ") && err.contains("out.jsonl: cannot write (No space left on device)"), err);
    }
}
