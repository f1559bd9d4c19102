package news.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * File names on the command line under any locale. Java decodes its arguments and encodes file
 * names with the locale's charset ({@code sun.jnu.encoding}, fixed at start-up, not settable):
 * under {@code LC_ALL=C} or an uninstalled locale that is ASCII, a non-ASCII argument arrives
 * as U+FFFD and no such file can even be named. Then, and only then, the process runs itself
 * again under {@code LC_ALL=C.UTF-8}, passing the original argument bytes (from
 * {@code /proc/self/cmdline}) through a private file, so they are read as UTF-8 unchanged.
 * {@code bin/news} sets {@code LC_ALL=C.UTF-8} itself for a C/POSIX locale, so this costs a
 * second JVM start only for {@code java -jar} and uninstalled locales.
 */
final class LocaleRelaunch {
    static final String ARGS_FILE = "NEWS_ARGS_FILE";
    private static final String RELAUNCHED = "NEWS_LOCALE_RELAUNCHED";

    private LocaleRelaunch() {}

    /** The arguments of a relaunched process (read from the private file), else {@code args}. */
    static String[] arguments(String[] args) {
        String file = System.getenv(ARGS_FILE);
        if (file == null || System.getenv(RELAUNCHED) == null) return args;
        try {
            Path p = Path.of(file);
            // only a file this class made (it is deleted after reading)
            if (!p.getFileName().toString().matches("news-args-[0-9]+\\.bin")) return args;
            byte[] raw = Files.readAllBytes(p);
            Files.deleteIfExists(p);
            List<String> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < raw.length; i++) {
                if (raw[i] == 0) {
                    out.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
                    start = i + 1;
                }
            }
            return out.toArray(String[]::new);
        } catch (IOException | RuntimeException e) {
            return args;
        }
    }

    /** Whether this process must run again under a UTF-8 locale to see its arguments. */
    static boolean needed(String[] args) {
        if (System.getenv(RELAUNCHED) != null) return false; // once: C.UTF-8 may be missing too
        try {
            if (Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")).equals(StandardCharsets.UTF_8)) return false;
        } catch (RuntimeException e) {
            // an unknown charset name: try
        }
        for (String a : args) if (a.indexOf('\uFFFD') >= 0) return Files.isReadable(Path.of("/proc/self/cmdline"));
        return false;
    }

    /** Runs this command again under LC_ALL=C.UTF-8 with the original argument bytes; its exit code. */
    static int relaunch(String[] args) {
        Path file = null;
        try {
            byte[] cmdline = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            List<int[]> parts = new ArrayList<>(); // [start, end) of each NUL-terminated argument
            int start = 0;
            for (int i = 0; i < cmdline.length; i++) {
                if (cmdline[i] == 0) {
                    parts.add(new int[] {start, i});
                    start = i + 1;
                }
            }
            if (parts.size() < args.length) return -1;
            // the program's arguments are the last ones of the JVM's command line
            java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
            for (int[] p : parts.subList(parts.size() - args.length, parts.size())) {
                raw.write(cmdline, p[0], p[1] - p[0]);
                raw.write(0);
            }
            file = Files.createTempFile("news-args-", ".bin"); // 0600: only we read it
            Files.write(file, raw.toByteArray());
            List<String> cmd = new ArrayList<>();
            cmd.add(ProcessHandle.current().info().command().orElse(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            cmd.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(Main.class.getName());
            ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
            pb.environment().put("LC_ALL", "C.UTF-8");
            pb.environment().put(ARGS_FILE, file.toString());
            pb.environment().put(RELAUNCHED, "1");
            Process child = pb.start();
            Thread stop = new Thread(child::destroy, "news-stop-child"); // SIGTERM to us: to the child too
            Runtime.getRuntime().addShutdownHook(stop);
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            return code;
        } catch (IOException | RuntimeException | LinkageError e) { // LinkageError: a runtime without java.management
            return -1; // run here after all: the names are reported one by one
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the child deletes it too
                }
            }
        }
    }
}
