package news.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, without native code. */
final class Terminal {
    private Terminal() {}

    /**
     * On Linux, where {@code /proc/self/fd/2} leads (a pseudo-terminal or console device, not a
     * file or pipe): one system call. Elsewhere {@code System.console()}, which on JDK 17-21 is
     * there only when stdin and stdout are terminals (so {@code news clean > out.jsonl} shows no
     * progress there; {@code --progress} forces it), and on JDK 22+ its {@code isTerminal()}. {@code TERM=dumb} never gets frames.
     */
    static boolean stderrIsTerminal() {
        return isTerminal(2);
    }

    /** Whether standard output is a terminal (the data then shares the screen with the frames). */
    static boolean stdoutIsTerminal() {
        return isTerminal(1);
    }

    private static boolean isTerminal(int fd) {
        if ("dumb".equals(System.getenv("TERM"))) return false;
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return consoleIsTerminal();
        }
    }

    /** JDK 22+ always has a console object; its isTerminal() then says whether it is one. */
    private static boolean consoleIsTerminal() {
        java.io.Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 17-21: a console exists only for a terminal
        }
    }
}
