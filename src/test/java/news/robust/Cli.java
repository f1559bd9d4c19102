package news.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import news.testsupport.JarRun;

/**
 * Runs the real shaded jar in a child process ({@link JarRun}), with the checks every bad-input
 * case shares.
 */
final class Cli {
    static final Path JAR = JarRun.JAR;
    /** Runs allowed at most this many seconds are small ones. */
    static final long QUICK = 60;

    record Result(int exit, String out, String err) {
        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }

        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }

        List<String> errors() {
            return errLines().stream().filter(l -> l.startsWith("news: error: ")).toList();
        }

        List<String> warnings() {
            return errLines().stream().filter(l -> l.startsWith("news: warning: ")).toList();
        }

        /** Every stderr line is a one-line "news: error|warning: ..." message: no stack trace. */
        void assertNoStackTrace() {
            assertFalse(err.contains("\tat "), "stack trace without --debug:\n" + err);
            assertFalse(err.contains("Exception in thread"), err);
            for (String l : errLines()) {
                assertTrue(l.startsWith("news: "), "stderr line is not a one-line message: " + l + "\n" + err);
            }
        }
    }

    private Cli() {}

    /** Small runs: the C1 compiler and serial GC start fastest; long runs get the default JVM. */
    private static final List<String> QUICK_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** Runs {@code news args...}; stdout is captured unless {@code stdoutFile} is given. */
    static Result run(Path workDir, File stdoutFile, long timeoutSeconds, String... args)
            throws IOException, InterruptedException {
        JarRun.Output o = JarRun.run(workDir, timeoutSeconds <= QUICK ? QUICK_JVM : List.of(), null, stdoutFile,
                timeoutSeconds, List.of(args));
        return new Result(o.exit(), o.out(), o.err());
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, null, QUICK, args);
    }

    /** Runs with {@code stdin} fed to the process. */
    static Result runWithStdin(Path workDir, byte[] stdin, String... args) throws IOException, InterruptedException {
        JarRun.Output o = JarRun.run(workDir, QUICK_JVM, stdin, null, 120, List.of(args));
        return new Result(o.exit(), o.out(), o.err());
    }

    static String javaBin() {
        return JarRun.javaBin();
    }

    /** Files in {@code dir} whose names mark them as temporaries ("." prefix, ".tmp" suffix). */
    static void assertNoTemporaries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> tmp = s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".tmp") || n.startsWith(".")).toList();
            assertEquals(List.of(), tmp, "temporary files left in " + dir);
        }
    }

}
