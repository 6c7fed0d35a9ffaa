package press.cli;

import java.io.PrintWriter;
import org.apache.commons.cli.Options;

/** One command of {@code bulletin-press}: its name and help, the options it takes, and what it does. */
abstract class Subcommand {

    private final String name;
    private final String description;
    private final String operands;

    /**
     * @param description one line for the list of commands and the top of the command's help
     * @param operands the operands after the options as the usage line shows them, e.g. {@code DATA.json}; empty for none
     */
    Subcommand(String name, String description, String operands) {
        this.name = name;
        this.description = description;
        this.operands = operands;
    }

    final String name() {
        return name;
    }

    final String description() {
        return description;
    }

    final String operands() {
        return operands;
    }

    /** The command's options; {@code -h, --help} is added to every command. */
    abstract Options options();

    /**
     * Runs the command.
     *
     * @return the exit code (0 done, {@link Failures#BAD_INPUT} for input at fault, …)
     * @throws org.apache.commons.cli.ParseException for an option value or operand that is not usable
     */
    abstract int run(Arguments arguments, PrintWriter out, PrintWriter err) throws Exception;
}
