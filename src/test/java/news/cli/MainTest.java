package news.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

/** Lazy subcommand registration: only the invoked command's model is built, with no visible difference. */
class MainTest {
    private static final List<String> ALL = List.of("list", "clean", "quotes", "dedup", "export", "report", "bench", "help");

    @Test
    void everyCommandIsRegisteredUnderItsAnnotatedName() {
        assertEquals(ALL, List.copyOf(Main.commands().keySet()));
        for (Map.Entry<String, Class<?>> e : Main.commands().entrySet()) {
            assertEquals(e.getKey(), e.getValue().getAnnotation(CommandLine.Command.class).name());
        }
    }

    @Test
    void anInvokedCommandIsRegisteredAlone() {
        for (String name : List.of("list", "clean", "quotes", "dedup", "export", "report", "bench")) {
            assertEquals(List.of(name), List.copyOf(Main.commandLine(name, "--help").getSubcommands().keySet()));
        }
    }

    @Test
    void everythingElseRegistersAllCommandsInHelpOrder() {
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"help", "list"},
                new String[] {"frobnicate"}, new String[] {"--debug", "list"}, new String[] {"-V"},
                new String[] {"LIST"}, new String[] {"@args.txt"})) {
            assertEquals(ALL, List.copyOf(Main.commandLine(args).getSubcommands().keySet()), String.join(" ", args));
        }
        String help = Main.commandLine("--help").getUsageMessage(CommandLine.Help.Ansi.OFF);
        for (String name : ALL) assertTrue(help.contains("\n  " + name + " "), help);
    }

    @Test
    void aCommandsHelpIsTheSameAloneAsAmongAll() {
        for (String name : List.of("list", "clean", "quotes", "dedup", "export", "report", "bench")) {
            CommandLine alone = Main.commandLine(name).getSubcommands().get(name);
            CommandLine amongAll = Main.commandLine("--help").getSubcommands().get(name);
            assertEquals(amongAll.getUsageMessage(CommandLine.Help.Ansi.OFF), alone.getUsageMessage(CommandLine.Help.Ansi.OFF));
            assertEquals("news " + name, alone.getCommandSpec().qualifiedName());
        }
    }
}
