package news.testsupport;

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

/** Runs the real shaded jar in a child process, as a user would: the one process runner of the tests. */
public final class JarRun {
    public static final Path JAR = Path.of("target", "news.jar").toAbsolutePath();

    /** Exit code and the decoded stdout (empty when it went to a file) and stderr. */
    public record Output(int exit, String out, String err) {}

    private JarRun() {}

    /**
     * {@code java jvmFlags -jar news.jar args} in {@code workDir} (null: the current directory);
     * {@code stdin} is fed to the process (null: empty input); stdout goes to {@code stdoutFile}
     * when given. Fails the test when the process outlives {@code timeoutSeconds}.
     */
    public static Output run(Path workDir, List<String> jvmFlags, byte[] stdin, File stdoutFile, long timeoutSeconds,
                             List<String> args) throws IOException, InterruptedException {
        if (!Files.exists(JAR)) throw new IllegalStateException("build the jar first: mvn package");
        List<String> cmd = new ArrayList<>(List.of(javaBin()));
        cmd.addAll(jvmFlags);
        cmd.addAll(List.of("-jar", JAR.toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (workDir != null) pb.directory(workDir.toFile());
        if (stdoutFile != null) pb.redirectOutput(stdoutFile);
        if (stdin == null) pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        CompletableFuture<byte[]> out = stdoutFile != null ? CompletableFuture.completedFuture(new byte[0])
                : CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        if (stdin != null) {
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin);
            } catch (IOException ignored) {
                // the process may have stopped reading, or never read at all
            }
        }
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("news did not finish within " + timeoutSeconds + " s: " + cmd);
        }
        return new Output(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                new String(err.join(), StandardCharsets.UTF_8));
    }

    public static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
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
