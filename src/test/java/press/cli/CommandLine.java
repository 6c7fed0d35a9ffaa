package press.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import press.testing.Fixtures;

/** The command line run in this JVM as a user runs it, what it printed kept across runs. */
final class CommandLine {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs one command; its exit status. */
    int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** One run on its own: its exit status, what it printed and its errors, as text. */
    static String[] once(String... args) {
        CommandLine cli = new CommandLine();
        int status = cli.run(args);
        return new String[] {Integer.toString(status), cli.out(), cli.err()};
    }

    /** All it printed on standard output so far. */
    String out() {
        return out.toString();
    }

    /** All it printed on standard error so far. */
    String err() {
        return err.toString();
    }

    /** The reference bulletin's data file, as a command names it. */
    static String reference() {
        return Fixtures.fixture(Fixtures.REFERENCE).resolve("data.json").toString();
    }
}
