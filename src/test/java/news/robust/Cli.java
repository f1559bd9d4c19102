package news.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the real shaded jar in a child process, as a user would (copied from news.cli.CliRunner,
 * plus stdout to a file, a per-run time limit, and the checks every bad-input case shares).
 */
final class Cli {
    static final Path JAR = Path.of("target", "news.jar").toAbsolutePath();
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

    /** Runs {@code news args...}; stdout is captured unless {@code stdoutFile} is given. */
    static Result run(Path workDir, File stdoutFile, long timeoutSeconds, String... args)
            throws IOException, InterruptedException {
        if (!Files.exists(JAR)) throw new IllegalStateException("build the jar first: mvn package");
        List<String> cmd = new ArrayList<>(List.of(javaBin()));
        // Small runs: the C1 compiler and serial GC start fastest; long runs get the default JVM.
        if (timeoutSeconds <= QUICK) cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        cmd.addAll(List.of("-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (workDir != null) pb.directory(workDir.toFile());
        if (stdoutFile != null) pb.redirectOutput(stdoutFile);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        CompletableFuture<byte[]> out = stdoutFile != null ? CompletableFuture.completedFuture(new byte[0])
                : CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("news did not finish within " + timeoutSeconds + " s: " + cmd);
        }
        return new Result(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                new String(err.join(), StandardCharsets.UTF_8));
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, null, QUICK, args);
    }

    /** Runs with {@code stdin} fed to the process. */
    static Result runWithStdin(Path workDir, byte[] stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (workDir != null) pb.directory(workDir.toFile());
        Process p = pb.start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin);
        } catch (IOException ignored) {
            // the process may have stopped reading
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + cmd);
        }
        return new Result(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                new String(err.join(), StandardCharsets.UTF_8));
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Files in {@code dir} whose names mark them as temporaries ("." prefix, ".tmp" suffix). */
    static void assertNoTemporaries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> tmp = s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".tmp") || n.startsWith(".")).toList();
            assertEquals(List.of(), tmp, "temporary files left in " + dir);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream bos = new ByteArrayOutputStream()) {
            in.transferTo(bos);
            return bos.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
