package press.cli;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.ParseException;

/**
 * A command's parsed command line, read as the types the options mean; a value that is not one
 * is a usage error naming the option. Also the two shapes of option the commands declare.
 */
final class Arguments {

    private final CommandLine line;

    Arguments(CommandLine line) {
        this.line = line;
    }

    /** An option with a value, e.g. {@code -o FILE}; {@code shortName} may be null. */
    static Option valued(String shortName, String longName, String label, String description) {
        return Option.builder(shortName).longOpt(longName).hasArg().argName(label).desc(description).get();
    }

    /** An option that is given or not, e.g. {@code --archive}. */
    static Option flag(String longName, String description) {
        return Option.builder().longOpt(longName).desc(description).get();
    }

    /** The environment variable's value, or {@code fallback} when it is unset. */
    static String environment(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null ? fallback : value;
    }

    boolean flag(String option) {
        return line.hasOption(option);
    }

    /** The option's value, or {@code fallback} (may be null) when it is not given. */
    String text(String option, String fallback) {
        return line.getOptionValue(option, fallback);
    }

    /** Every value of an option that may be given more than once, e.g. {@code --role 拟稿 --role 审核}; empty when not given. */
    List<String> values(String option) {
        String[] values = line.getOptionValues(option);
        return values == null ? List.of() : List.of(values);
    }

    Path path(String option, Path fallback) {
        String value = line.getOptionValue(option);
        return value == null ? fallback : Path.of(value);
    }

    int integer(String option, int fallback) throws ParseException {
        return integer(option, Integer.toString(fallback));
    }

    /** The option's whole number, or {@code fallback}'s (from the environment, say) when it is not given. */
    int integer(String option, String fallback) throws ParseException {
        long value = whole(option, fallback);
        if (value != (int) value) {
            throw new ParseException(display(option) + ": " + value + " is too large");
        }
        return (int) value;
    }

    long whole(String option, String fallback) throws ParseException {
        String value = line.getOptionValue(option, fallback);
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            String source = line.hasOption(option) ? display(option) : display(option) + " (its default, from the environment)";
            throw new ParseException(source + ": '" + value + "' is not a whole number");
        }
    }

    /** The option as it is typed: {@code -n}, {@code --port}. */
    private static String display(String option) {
        return (option.length() == 1 ? "-" : "--") + option;
    }

    /** The operands after the options. */
    List<String> operands() {
        return line.getArgList();
    }

    /** The one operand the command takes, named by its label when it is missing. */
    String operand(String label) throws ParseException {
        List<String> operands = line.getArgList();
        if (operands.isEmpty()) {
            throw new ParseException("missing " + label);
        }
        if (operands.size() > 1) {
            throw new ParseException("one " + label + " only, given: " + String.join(" ", operands));
        }
        return operands.get(0);
    }
}
