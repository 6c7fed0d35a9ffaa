package press.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.help.HelpFormatter;
import org.apache.commons.cli.help.TextHelpAppendable;

/**
 * The {@code bulletin-press} command: picks the subcommand named first and hands it the rest,
 * parsed by Apache Commons CLI. (Not an annotation-driven parser: those build their model by
 * reflection at every start, and a one-shot render is measured as a whole process.)
 */
public final class Main {

    static final String VERSION = "Bulletin Press 0.1.0";
    private static final String NAME = "bulletin-press";
    private static final Option HELP = Option.builder("h").longOpt("help").desc("Show this help message and exit.").get();


    private Main() {
    }

    /** New instances every run: a command may keep what it parsed in its fields. */
    private static List<Subcommand> commands() {
        return List.of(new RenderCommand(), new LintCommand(), new BenchCommand(), new ServeCommand(),
                new LoadTestCommand(), new FuzzCommand(), new InitArchiveCommand(), new MigrateArchiveCommand(),
                new BackupCommand(), new RestoreCommand(), new WarmUpCommand(), new UsersCommand());
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line; the exit code (2 for a usage error, which is printed with the usage to {@code err}). */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        if (args.length == 0 || List.of("-h", "--help").contains(args[0])) {
            usage(args.length == 0 ? err : out);
            return args.length == 0 ? Failures.BAD_INPUT : 0;
        }
        if (List.of("-V", "--version").contains(args[0])) {
            out.println(VERSION);
            return 0;
        }
        Subcommand command = commands().stream().filter(c -> c.name().equals(args[0])).findFirst().orElse(null);
        if (command == null) {
            err.println("error: unknown command '" + args[0] + "'");
            usage(err);
            return Failures.BAD_INPUT;
        }
        Options options = command.options().addOption(HELP);
        try {
            CommandLine line = DefaultParser.builder().get().parse(options, Arrays.copyOfRange(args, 1, args.length));
            if (line.hasOption(HELP)) {
                help(command, options, out);
                return 0;
            }
            return command.run(new Arguments(line), out, err);
        } catch (ParseException e) {
            err.println("error: " + e.getMessage());
            err.println("Usage: " + syntax(command) + "  (--help for the options)");
            return Failures.BAD_INPUT;
        } catch (Exception e) {
            return Failures.report(e, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static void usage(PrintWriter to) {
        to.println("Usage: " + NAME + " COMMAND [OPTIONS]  (" + NAME + " COMMAND --help for its options)");
        to.println("Renders official bulletins (简报) from a month's data.");
        to.println("  -h, --help      Show this help message and exit.");
        to.println("  -V, --version   Print version information and exit.");
        to.println("Commands:");
        for (Subcommand command : commands()) {
            to.printf("  %-16s %s%n", command.name(), command.description());
        }
    }

    private static String syntax(Subcommand command) {
        return NAME + " " + command.name() + " [OPTIONS]" + (command.operands().isEmpty() ? "" : " " + command.operands());
    }

    private static void help(Subcommand command, Options options, PrintWriter to) {
        HelpFormatter formatter = HelpFormatter.builder().setShowSince(false)
                .setHelpAppendable(new TextHelpAppendable(to)).get();
        try {
            formatter.printHelp(syntax(command), command.description(), options, "", false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        to.flush();
    }
}
