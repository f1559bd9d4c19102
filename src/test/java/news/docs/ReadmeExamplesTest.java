package news.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How README console blocks are read and rewritten (the IT runs them). */
class ReadmeExamplesTest {
    private static final String README = "intro\n```console\n$ bin/news list\nA\nB\n$ echo $?\n3\n```\n"
            + "```sh\n$ not checked\n```\n```console\n$ bin/news dedup\n```\nend\n";

    @Test
    void commandsAndTheirOutputComeFromConsoleBlocksOnly() {
        List<ReadmeExamples.Example> ex = ReadmeExamples.parse(README);
        assertEquals(List.of("bin/news list", "echo $?", "bin/news dedup"), ex.stream().map(ReadmeExamples.Example::command).toList());
        assertEquals(List.of("A\nB\n", "3\n", ""), ex.stream().map(ReadmeExamples.Example::expected).toList());
        assertEquals(List.of(3, 6, 13), ex.stream().map(ReadmeExamples.Example::line).toList());
    }

    @Test
    void updateReplacesEachOutputAndNothingElse() {
        List<ReadmeExamples.Example> ex = ReadmeExamples.parse(README);
        String updated = ReadmeExamples.updated(README, ex, List.of(new ReadmeExamples.Output("X\n", 0),
                new ReadmeExamples.Output("0\n", 0), new ReadmeExamples.Output("5 articles\n", 0)));
        assertEquals("intro\n```console\n$ bin/news list\nX\n$ echo $?\n0\n```\n"
                + "```sh\n$ not checked\n```\n```console\n$ bin/news dedup\n5 articles\n```\nend\n", updated);
        assertEquals(README, ReadmeExamples.updated(README, ex, ex.stream()
                .map(e -> new ReadmeExamples.Output(e.expected(), 0)).toList()));
    }

    @Test
    void outputBeforeACommandOrAnOpenBlockIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> ReadmeExamples.parse("```console\noutput\n```\n"));
        assertThrows(IllegalArgumentException.class, () -> ReadmeExamples.parse("```console\n$ ls\n"));
    }

    /** The project's README: all its examples are of bin/news (or the shell), none of a bare `news`. */
    @Test
    void theReadmesExamplesRunBinNews() throws Exception {
        List<ReadmeExamples.Example> ex = ReadmeExamples.parse(Files.readString(Path.of("README.md")));
        assertTrue(ex.size() >= 10, "examples: " + ex.size());
        for (ReadmeExamples.Example e : ex) {
            assertTrue(e.command().startsWith("bin/news ") || e.command().equals("echo $?"), "line " + e.line() + ": " + e.command());
        }
    }
}
