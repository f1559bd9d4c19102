package news.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import news.app.Problems;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: `news <command>`. Commands parse options and call one method of {@code news.app}. */
@Command(name = "news", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Clean, deduplicate and extract quotes from multi-source news corpora.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:failure", "2:usage error",
                        "3:finished, but some inputs were skipped (each reported on stderr in one line)"})
public final class Main implements Runnable {
    /**
     * The subcommands by name, in help order. They are registered in {@link #commandLine} rather
     * than in {@code @Command(subcommands = ...)}: picocli builds a command's model by reflection
     * (~0.2 s for all of them at start-up), so a run registers only the command it invokes.
     */
    static Map<String, Class<?>> commands() {
        return Commands.ALL;
    }

    /** A holder, so that the `--version` fast path loads none of the command classes. */
    private static final class Commands {
        static final Map<String, Class<?>> ALL;

        static {
            Map<String, Class<?>> m = new LinkedHashMap<>();
            m.put("list", ListCommand.class);
            m.put("clean", CleanCommand.class);
            m.put("quotes", QuotesCommand.class);
            m.put("dedup", DedupCommand.class);
            m.put("export", ExportCommand.class);
            m.put("report", ReportCommand.class);
            m.put("bench", BenchCommand.class);
            m.put("help", CommandLine.HelpCommand.class);
            ALL = Collections.unmodifiableMap(m);
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (list, clean, ...)");
    }

    public static void main(String[] args) {
        args = LocaleRelaunch.arguments(args);
        if (LocaleRelaunch.needed(args)) { // a non-ASCII file name under LC_ALL=C
            int code = LocaleRelaunch.relaunch(args);
            if (code >= 0) System.exit(code);
        }
        // Fast path: `news --version` answers before picocli builds its model (start-up time).
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            System.out.println(String.join(System.lineSeparator(), new Version().getVersion()));
            System.exit(Problems.OK);
        }
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 failure, 2 usage, 3 inputs skipped). */
    public static int execute(String... args) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        CommandLine cl = commandLine(args);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // Handlers as classes, not lambdas: a lambda of a picocli interface makes the class-data
        // archive leave out picocli's main class (old class files cannot be archived once linked).
        cl.setExitCodeExceptionMapper(new ExitCodes());
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.setExecutionExceptionHandler(new ExecutionErrors(debug));
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

    /**
     * The command line for {@code args}: when the first argument names a command, only that one
     * is registered (parsing then never looks at the others); otherwise (no command, an option
     * first, an unknown or misspelt command, {@code help}, which lists or describes the others)
     * all are, so help and error messages are the full ones.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new Main());
        Class<?> invoked = args.length > 0 && !args[0].equals("help") ? commands().get(args[0]) : null;
        if (invoked != null) {
            cl.addSubcommand(invoked);
        } else {
            for (Class<?> c : commands().values()) cl.addSubcommand(c); // a loop: see execute()
        }
        return cl;
    }

    private static final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {
        @Override
        public int getExitCode(Throwable t) {
            return Problems.FAILURE;
        }
    }

    private static final class UsageErrors implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("news: " + news.load.Messages.oneLine(ex.getMessage()));
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return Problems.USAGE;
        }
    }

    private static final class ExecutionErrors implements CommandLine.IExecutionExceptionHandler {
        private final boolean debug;

        ExecutionErrors(boolean debug) {
            this.debug = debug;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            if (isBrokenPipe(ex)) return Problems.OK; // `news clean | head -1`: the reader is done
            if (debug) ex.printStackTrace(commandLine.getErr());
            else commandLine.getErr().println("news: error: " + describe(ex));
            return ex instanceof IllegalArgumentException ? Problems.USAGE : Problems.FAILURE;
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

    /**
     * Version, git commit and Java runtime: the first two from {@code news/build.properties},
     * written at build time by {@link BuildFiles} ("unknown" where the build had no git).
     */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            java.util.Properties p = new java.util.Properties();
            try (java.io.InputStream in = Main.class.getResourceAsStream("/news/build.properties")) {
                if (in != null) p.load(in);
            } catch (IOException e) {
                // as if absent
            }
            String version = p.getProperty("version", Main.class.getPackage().getImplementationVersion());
            String commit = p.getProperty("commit", "unknown");
            String date = p.getProperty("commit_date", "unknown");
            return new String[] {
                "news " + (version == null ? "unknown" : version),
                "commit " + commit + (date.equals("unknown") ? "" : " (" + date + ")"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.vm.name") + ")"
            };
        }
    }
}
