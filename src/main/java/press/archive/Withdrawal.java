package press.archive;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A record withdrawn (撤回): by whom, when and why. The record and its file stay, and so does the
 * hash chain; a withdrawn record leaves listings and search, and only a 管理员 may still read it.
 */
public record Withdrawal(long documentId, Instant at, String by, String reason) {

    public static final int MAX_REASON = 500;

    public Withdrawal {
        // as the archive keeps it: milliseconds
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(by, "by");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a withdrawal needs a reason");
        }
        if (reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("a withdrawal's reason is at most " + MAX_REASON + " characters");
        }
    }
}
