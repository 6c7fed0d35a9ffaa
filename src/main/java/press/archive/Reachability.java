package press.archive;

import java.util.Objects;

/** Whether the archive answered its last cheap probe, and if not, why: what {@code /health} reports. */
public record Reachability(boolean reachable, String problem) {

    /** The embedded archive: a file on this machine, there while the process is. */
    public static final Reachability REACHABLE = new Reachability(true, "");

    public Reachability {
        Objects.requireNonNull(problem, "problem");
        if (reachable != problem.isEmpty()) {
            // a reachable archive has no problem to report; an unreachable one always says why
            throw new IllegalArgumentException("reachable " + reachable + " with problem '" + problem + "'");
        }
    }

    public static Reachability unreachable(String problem) {
        return new Reachability(false, problem);
    }
}
