package news.cli;

import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Training run for the class-data-sharing archive that {@code bin/news} creates after a build
 * ({@code java -XX:DumpLoadedClassList=... -cp news.jar news.cli.CdsTraining corpus}, then
 * {@code -Xshare:dump} of that list): runs the everyday commands on a small corpus, so that the
 * archive holds the classes of all of them, not only of whichever command happened to run first.
 * The commands write to standard output, which the launcher discards. Not part of the CLI.
 */
public final class CdsTraining {
    private CdsTraining() {}

    /** {@code args}: directories of small text corpora (missing ones are ignored). Exit code 0. */
    public static void main(String[] args) {
        // Help and messages go through System.out/err; the commands' data bypasses them (AtomicOutput).
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(discard);
        System.setErr(discard);
        Main.execute("--help");
        Main.execute("--version");
        for (String dir : args) {
            File[] files = new File(dir).listFiles(File::isFile);
            if (files == null || files.length == 0) continue;
            String first = Arrays.stream(files).min(Comparator.comparing(File::getName)).orElseThrow().getPath();
            Main.execute("list", dir);
            Main.execute("clean", first);
            Main.execute("quotes", first);
            Main.execute("dedup", dir);
        }
        System.exit(0);
    }
}
