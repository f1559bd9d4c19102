package news.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.output.AtomicOutput;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `news clean --explain` output and its write errors (regression: a PrintStream swallowed them). */
class CleanServiceTest {
    @TempDir
    Path tmp;

    private List<String> inputs() throws IOException {
        String para = "The council met on Tuesday and agreed the budget after a long debate about the new bridge,"
                + " the schools and the hospital, officials said.\n\n";
        for (int i = 1; i <= 3; i++) Files.writeString(tmp.resolve("a" + i + ".txt"), "Headline number " + i + "\n\n" + para.repeat(i));
        return List.of(tmp.toString());
    }

    /** `-j N` reaches the services; the output does not depend on it (input order, same bytes). */
    @Test
    void outputIsTheSameOnOneAndOnThreeThreads() throws Exception {
        List<String> in = inputs();
        for (news.output.OutputFormat f : news.output.OutputFormat.values()) {
            ByteArrayOutputStream one = new ByteArrayOutputStream(), three = new ByteArrayOutputStream();
            CleanService.run(in, f, one, Problems.silent(), 1);
            CleanService.run(in, f, three, Problems.silent(), 3);
            assertEquals(one.toString(StandardCharsets.UTF_8), three.toString(StandardCharsets.UTF_8), "clean " + f);
            one.reset();
            three.reset();
            ListService.run(in, f, null, one, Problems.silent(), 1);
            ListService.run(in, f, null, three, Problems.silent(), 3);
            assertEquals(one.toString(StandardCharsets.UTF_8), three.toString(StandardCharsets.UTF_8), "list " + f);
            assertTrue(one.size() > 0);
        }
        ByteArrayOutputStream one = new ByteArrayOutputStream(), three = new ByteArrayOutputStream();
        CleanService.explain(in, one, Problems.silent(), 1);
        CleanService.explain(in, three, Problems.silent(), 3);
        assertEquals(one.toString(StandardCharsets.UTF_8), three.toString(StandardCharsets.UTF_8));
    }

    @Test
    void explainWritesOneBlockPerArticle() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(Problems.OK, CleanService.explain(inputs(), out, Problems.silent()));
        String s = out.toString(StandardCharsets.UTF_8);
        assertEquals(3, s.lines().filter(l -> l.startsWith("== a")).count(), s);
        assertTrue(s.contains("   kept "), s);
    }

    @Test
    void explainWriteErrorIsNotSwallowed() throws Exception {
        List<String> in = inputs();
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Bad file descriptor");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("Bad file descriptor");
            }
        };
        IOException e = assertThrows(IOException.class, () -> CleanService.explain(in, broken, Problems.silent()));
        assertEquals("Bad file descriptor", e.getMessage());
    }

    @Test
    void explainToAFullDeviceNamesTheOutput() throws Exception {
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.isWritable(full), "/dev/full needed");
        List<String> in = inputs();
        try (AtomicOutput out = AtomicOutput.open(full.toString())) {
            IOException e = assertThrows(IOException.class, () -> CleanService.explain(in, out.stream(), Problems.silent()));
            assertEquals("/dev/full: cannot write (No space left on device)", e.getMessage());
        }
    }

    /**
     * `clean --out-dir` never writes over an input, also where the output name is a symlink or a
     * hard link to one (the check is by file identity, not by comparing path strings): that
     * article is skipped and reported, the input is intact, the run goes on.
     */
    @Test
    void outDirNeverReplacesAnInputUnderAnotherName() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path in = Files.createDirectories(tmp.resolve("in"));
        String text = "Headline\n\nThe council met on Tuesday and agreed the budget after a long debate about the bridge.\n";
        Path story = Files.writeString(in.resolve("story.txt"), text);
        Path other = Files.writeString(in.resolve("other.txt"), text.replace("bridge", "school"));
        Files.createSymbolicLink(out.resolve("story.json"), story);
        Files.createLink(out.resolve("other.json"), other);
        Problems problems = Problems.silent();
        assertEquals(Problems.SKIPPED, CleanService.runToDirectory(List.of(in.toString()), out, problems));
        assertEquals(2, problems.skippedMessages().size(), problems.skippedMessages().toString());
        assertTrue(problems.skippedMessages().stream().allMatch(m -> m.endsWith("would overwrite an input file, not written")),
                problems.skippedMessages().toString());
        assertEquals(text, Files.readString(story));
        assertEquals(text.replace("bridge", "school"), Files.readString(other));
    }

    /** --out-dir with markdown or txt: one document per article; an input of that name is never replaced. */
    @Test
    void outDirWritesMarkdownAndTextDocuments() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("docs"));
        String text = "Headline about the bridge\n\nThe council met on Tuesday and agreed the budget after a long debate"
                + " about the bridge, the schools and the hospital, officials said.\n";
        Path story = Files.writeString(in.resolve("story.txt"), text);
        Path md = Files.createDirectories(tmp.resolve("md"));
        assertEquals(Problems.OK, CleanService.runToDirectory(List.of(in.toString()), md,
                news.output.OutputFormat.MARKDOWN, Problems.silent(), 1));
        String written = Files.readString(md.resolve("story.md"));
        assertTrue(written.startsWith("# Headline about the bridge\n\nThe council met"), written);
        Problems problems = Problems.silent();
        assertEquals(Problems.SKIPPED, CleanService.runToDirectory(List.of(in.toString()), in,
                news.output.OutputFormat.TXT, problems, 1));
        assertEquals(text, Files.readString(story), "the input is not replaced by its own cleaned text");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> CleanService.runToDirectory(
                List.of(in.toString()), md, news.output.OutputFormat.CSV, Problems.silent(), 1));
    }
}
