package news.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import news.testsupport.JarRun;

/** Runs the real shaded jar in a child process, as a user would. */
final class CliRunner {
    static final Path JAR = Path.of("target", "news.jar");

    record Result(int exit, String out, String err) {
        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }

        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }
    }

    private CliRunner() {}

    static Result runIn(Path workDir, byte[] stdin, String... args) throws IOException, InterruptedException {
        // A null stdin is closed at once, as before: the same end of input as /dev/null.
        JarRun.Output o = JarRun.run(workDir, List.of(), stdin == null ? new byte[0] : stdin, null, 120, List.of(args));
        return new Result(o.exit(), o.out(), o.err());
    }

    static Result run(String... args) throws IOException, InterruptedException {
        return runIn(null, null, args);
    }

    static String javaBin() {
        return JarRun.javaBin();
    }
}
