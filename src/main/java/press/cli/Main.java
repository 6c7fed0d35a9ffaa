package press.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code bulletin-press} command and its subcommands. */
@Command(name = "bulletin-press", mixinStandardHelpOptions = true, version = "Bulletin Press 0.1.0",
        description = "Renders official bulletins (简报) from a month's data.",
        subcommands = {RenderCommand.class, LintCommand.class, BenchCommand.class, ServeCommand.class, LoadTestCommand.class,
            FuzzCommand.class, MigrateArchiveCommand.class, WarmUpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
