package news.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The README's console examples, run for real. Every {@code ```console} block holds commands
 * ({@code $ bin/news ...}) each followed by its output: what a terminal shows, standard output
 * first, then standard error, CR LF shown as a line break. Each command runs in bash in the
 * project directory, as typed (pipes work; {@code $?} is the previous command's exit code).
 *
 * <p>Checked by {@code ReadmeExamplesIT}. After a change of output, rewrite the blocks from the
 * real output with {@code java -cp target/test-classes news.docs.ReadmeExamples --update}
 * (after {@code mvn -q -DskipTests package}); git diff shows what changed.
 */
public final class ReadmeExamples {
    /** One command of a console block; {@code from, to}: where its expected output is in the README text. */
    public record Example(String command, String expected, int line, int from, int to) {}

    /** What a command printed. */
    public record Output(String text, int exit) {}

    private ReadmeExamples() {}

    /** Every command of every console block, in order. */
    public static List<Example> parse(String readme) {
        List<Example> out = new ArrayList<>();
        boolean inBlock = false;
        String command = null;
        int commandLine = 0;
        int outputFrom = 0;
        StringBuilder expected = new StringBuilder();
        int pos = 0;
        int lineNo = 0;
        while (pos < readme.length()) {
            int eol = readme.indexOf('\n', pos);
            int next = eol < 0 ? readme.length() : eol + 1;
            String line = readme.substring(pos, eol < 0 ? readme.length() : eol);
            lineNo++;
            if (!inBlock) {
                if (line.equals("```console")) inBlock = true;
            } else if (line.equals("```") || line.startsWith("$ ")) {
                if (command != null) out.add(new Example(command, expected.toString(), commandLine, outputFrom, pos));
                command = null;
                expected.setLength(0);
                if (line.equals("```")) {
                    inBlock = false;
                } else {
                    command = line.substring(2);
                    commandLine = lineNo;
                    outputFrom = next;
                }
            } else if (command == null) {
                throw new IllegalArgumentException("README line " + lineNo + ": console block output before any $ command");
            } else {
                expected.append(line).append('\n');
            }
            pos = next;
        }
        if (inBlock) throw new IllegalArgumentException("README: console block not closed");
        return out;
    }

    /** Runs {@code command} in bash in {@code root}; {@code previousExit} is what {@code $?} says. */
    public static Output run(Path root, String command, int previousExit) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "(exit " + previousExit + "); " + command)
                .directory(root.toFile());
        Map<String, String> env = pb.environment();
        env.remove("NEWS_JAVA_OPTS");
        env.put("NEWS_NO_CDS", "1"); // no class-data archive written as a side effect; same output
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        byte[] out = readAll(p.getInputStream());
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        String text = new String(out, StandardCharsets.UTF_8) + new String(err.join(), StandardCharsets.UTF_8);
        text = text.replace("\r\n", "\n");
        if (!text.isEmpty() && !text.endsWith("\n")) text += "\n";
        return new Output(text, p.exitValue());
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The README with every example's output replaced by the real one. */
    public static String updated(String readme, List<Example> examples, List<Output> outputs) {
        StringBuilder b = new StringBuilder(readme.length());
        int pos = 0;
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            b.append(readme, pos, e.from()).append(outputs.get(i).text());
            pos = e.to();
        }
        return b.append(readme.substring(pos)).toString();
    }

    /** Runs every example; {@code --update} rewrites README.md from the real output, else reports differences. */
    public static void main(String[] args) throws Exception {
        boolean update = List.of(args).contains("--update");
        Path root = Path.of("").toAbsolutePath();
        Path readme = root.resolve("README.md");
        String text = Files.readString(readme);
        List<Example> examples = parse(text);
        List<Output> outputs = new ArrayList<>();
        int exit = 0;
        int differ = 0;
        for (Example e : examples) {
            Output o = run(root, e.command(), exit);
            exit = o.exit();
            outputs.add(o);
            if (!o.text().equals(e.expected())) {
                differ++;
                System.err.println("README line " + e.line() + ": output differs: $ " + e.command());
            }
        }
        if (update && differ > 0) {
            Path tmp = readme.resolveSibling("README.md.tmp");
            Files.writeString(tmp, updated(text, examples, outputs));
            Files.move(tmp, readme, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.err.println("README.md: " + differ + " of " + examples.size() + " examples rewritten from the real output");
        } else {
            System.err.println(examples.size() + " examples, " + differ + " differ");
        }
        System.exit(!update && differ > 0 ? 1 : 0);
    }
}
