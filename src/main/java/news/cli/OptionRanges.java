package news.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Numeric options are checked against their allowed range when parsed, as usage errors (exit 2)
 * that name the option, the range and the value given: never a division by zero or a bare
 * exception from deep inside a run.
 */
final class OptionRanges {
    private OptionRanges() {}

    static int check(CommandSpec spec, String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + " must be " + min + ".." + max + " (got " + value + ")");
        }
        return value;
    }

    /** A share in (0, 1]. */
    static double checkShare(CommandSpec spec, String option, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + " must be in (0, 1] (got " + value + ")");
        }
        return value;
    }

    /** Fails unless {@code ok}: a constraint between options. */
    static void require(CommandSpec spec, boolean ok, String message) {
        if (!ok) throw new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
