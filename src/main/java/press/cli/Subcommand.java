package press.cli;

import java.io.PrintWriter;
import org.apache.commons.cli.Options;

/** One command of {@code bulletin-press}: its name and help, the options it takes, and what it does. */
interface Subcommand {

    String name();

    /** One line for the list of commands and the top of the command's help. */
    String description();

    /** The operands after the options as the usage line shows them, e.g. {@code DATA.json}; empty for none. */
    default String operands() {
        return "";
    }

    /** The command's options; {@code -h, --help} is added to every command. */
    Options options();

    /**
     * Runs the command.
     *
     * @return the exit code (0 done, {@link Failures#BAD_INPUT} for input at fault, …)
     * @throws org.apache.commons.cli.ParseException for an option value or operand that is not usable
     */
    int run(Arguments arguments, PrintWriter out, PrintWriter err) throws Exception;
}
