package news.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Build-time generator, run by Maven (exec-maven-plugin, process-classes; pom.xml): writes
 * <ul>
 *   <li>{@code news/build.properties} into the classes: version, git commit and commit date
 *       ("unknown" when built outside a git checkout or without git), read by {@code --version};
 *   <li>{@code completion/news.bash}: bash (and zsh, through bashcompinit) completion of every
 *       command and option, by picocli's {@link AutoComplete};
 *   <li>{@code man/adoc/*.adoc}: the man pages as AsciiDoc, by picocli-codegen's ManPageGenerator
 *       (asciidoctor turns them into {@code man/man1/*.1}; pom.xml).
 * </ul>
 * Both documents are made from the full command model ({@link Main#commandLine} with every
 * subcommand), so they cannot drift from the options. Not part of the CLI: picocli-codegen is
 * on the compile class path only (provided scope), not in the jar.
 */
public final class BuildFiles {
    private BuildFiles() {}

    /** {@code args}: version, project directory, classes directory, target directory. */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) throw new IllegalArgumentException("usage: BuildFiles VERSION BASEDIR CLASSES TARGET");
        String version = args[0];
        Path base = Path.of(args[1]);
        Path classes = Path.of(args[2]);
        Path target = Path.of(args[3]);

        String[] commit = gitCommit(base);
        Path props = classes.resolve("news/build.properties");
        Files.createDirectories(props.getParent());
        Files.writeString(props, "# written at build time by news.cli.BuildFiles\nversion=" + version + "\ncommit="
                + commit[0] + "\ncommit_date=" + commit[1] + "\n", StandardCharsets.ISO_8859_1);

        CommandLine all = Main.commandLine();
        Path completion = target.resolve("completion/news.bash");
        Files.createDirectories(completion.getParent());
        Files.writeString(completion, AutoComplete.bash("news", all), StandardCharsets.UTF_8);

        Path adoc = target.resolve("man/adoc");
        Files.createDirectories(adoc);
        int code = picocli.codegen.docgen.manpage.ManPageGenerator.generateManPage(adoc.toFile(), (File) null,
                new boolean[0], true, all.getCommandSpec());
        if (code != 0) throw new IOException("man page generation failed with code " + code);
    }

    /**
     * The commit of {@code base}'s checkout (12 hex digits) and its date, or "unknown" twice:
     * no git, not a checkout, or {@code base} inside some other repository (a source archive
     * unpacked in one must not report that repository's commit).
     */
    static String[] gitCommit(Path base) {
        String top = git(base, "rev-parse", "--show-toplevel");
        String[] unknown = {"unknown", "unknown"};
        try {
            if (top == null || !Files.isSameFile(Path.of(top), base)) return unknown;
        } catch (IOException e) {
            return unknown;
        }
        String info = git(base, "log", "-1", "--format=%h %cs", "--abbrev=12");
        if (info == null || !info.matches("[0-9a-f]{7,40} \\d{4}-\\d\\d-\\d\\d")) return unknown;
        return info.split(" ");
    }

    private static String git(Path dir, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
