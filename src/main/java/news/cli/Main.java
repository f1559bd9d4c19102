package news.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import news.app.Problems;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: `news <command>`. Commands parse options and call one method of {@code news.app}. */
@Command(name = "news", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Clean, deduplicate and extract quotes from multi-source news corpora.",
        subcommands = {ListCommand.class, CleanCommand.class, QuotesCommand.class, DedupCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (list, clean, ...)");
    }

    public static void main(String[] args) {
        // Fast path: `news --version` answers before picocli builds its model (start-up time).
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            System.out.println(new Version().getVersion()[0]);
            System.exit(Problems.OK);
        }
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 failure, 2 usage, 3 inputs skipped). */
    public static int execute(String... args) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(t -> Problems.FAILURE);
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("news: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return Problems.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (isBrokenPipe(ex)) return Problems.OK; // `news clean | head -1`: the reader is done
            if (debug) ex.printStackTrace(commandLine.getErr());
            else commandLine.getErr().println("news: error: " + describe(ex));
            return ex instanceof IllegalArgumentException ? Problems.USAGE : Problems.FAILURE;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // Usually one huge input or output record; the JVM can still print one line.
            if (debug) e.printStackTrace(cl.getErr());
            else cl.getErr().println("news: error: out of memory (" + describe(e)
                    + "); give Java more heap, e.g. NEWS_JAVA_OPTS=-Xmx8g, or split the input");
            cl.getErr().flush();
            return Problems.FAILURE;
        } catch (StackOverflowError e) {
            if (debug) e.printStackTrace(cl.getErr());
            else cl.getErr().println("news: error: input nested too deeply (stack overflow)");
            cl.getErr().flush();
            return Problems.FAILURE;
        }
    }

    static String describe(Throwable t) {
        if (t instanceof UncheckedIOException u && u.getCause() != null) t = u.getCause();
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : news.load.Messages.oneLine(m);
    }

    static boolean isBrokenPipe(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException && c.getMessage() != null
                    && (c.getMessage().contains("Broken pipe") || c.getMessage().contains("Stream closed"))) {
                return true;
            }
        }
        return false;
    }

    /** Version from the jar manifest, else the development default. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"news " + (v == null ? "0.1.0" : v)};
        }
    }
}
