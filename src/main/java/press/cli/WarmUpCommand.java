package press.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.apache.commons.cli.Options;

/**
 * {@code warm-up}: renders every kind's example in every variant and format once and exits. The
 * build runs it to train the AOT cache (classes loaded and linked, methods profiled), so that a
 * cold {@code render} and a starting {@code serve} find what they need already there.
 */
final class WarmUpCommand extends Subcommand {

    WarmUpCommand() {
        super("warm-up", "Render every example once in every variant and format (the AOT cache's training run).", "");
    }

    @Override
    Options options() {
        return Home.addTo(new Options());
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        Home home = Home.from(arguments);
        long start = System.nanoTime();
        try {
            home.open().warmUp(Duration.ZERO);
        } catch (RuntimeException e) {
            return Failures.report(e, err);
        }
        out.printf("every example rendered in every variant and format in %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
        return 0;
    }
}
