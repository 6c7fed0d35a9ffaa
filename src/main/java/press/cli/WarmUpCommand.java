package press.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code warm-up}: renders every kind's example in every variant and format once and exits. The
 * build runs it to train the AOT cache (classes loaded and linked, methods profiled), so that a
 * cold {@code render} and a starting {@code serve} find what they need already there.
 */
@Command(name = "warm-up", mixinStandardHelpOptions = true,
        description = "Render every example once in every variant and format (the AOT cache's training run).")
final class WarmUpCommand implements Callable<Integer> {

    @Mixin
    private Home home;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try {
            home.open().warmUp(Duration.ZERO);
        } catch (RuntimeException e) {
            return Failures.report(e, spec.commandLine().getErr());
        }
        spec.commandLine().getOut().printf("every example rendered in every variant and format in %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
        return 0;
    }
}
