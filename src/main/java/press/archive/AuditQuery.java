package press.archive;

import java.time.Instant;

/**
 * A reading of the audit trail: optionally one person's, one action's, from and to a time
 * (inclusive), newest first, at most {@code limit} events.
 */
public record AuditQuery(String person, String action, Instant from, Instant to, int limit) {

    public static final int MAX_LIMIT = 10_000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("'from' is after 'to'");
        }
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, MAX_LIMIT);
    }
}
