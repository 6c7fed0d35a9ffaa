package press.archive;

/**
 * A listing: optional template, region and period range (yyyy-MM, inclusive), whether
 * superseded records are shown too, and the page. Withdrawn records are left out, except for a
 * backup, which copies every record.
 */
public record ArchiveQuery(String template, String region, String periodFrom, String periodTo, boolean includeSuperseded,
                           int limit, int offset, boolean includeWithdrawn) {

    public static final int MAX_LIMIT = 200;

    public ArchiveQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
    }

    /** A listing without the withdrawn records. */
    public ArchiveQuery(String template, String region, String periodFrom, String periodTo, boolean includeSuperseded,
                        int limit, int offset) {
        this(template, region, periodFrom, periodTo, includeSuperseded, limit, offset, false);
    }

    public static ArchiveQuery latest(int limit) {
        return new ArchiveQuery(null, null, null, null, false, limit, 0);
    }
}
