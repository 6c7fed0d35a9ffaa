package press.drafts;

import press.catalogue.Names;

/**
 * Which draft: the kind, the region and the period, as the archive names a record's period
 * (a corrected bulletin of the same three supersedes the current one).
 *
 * @param period {@code yyyy-MM}, or {@code yyyy} for a document of a whole year
 */
public record DraftKey(String kind, String region, String period) {

    private static final int MAX_REGION = 100;

    public DraftKey {
        if (kind == null || !Names.isValid(kind)) {
            throw new IllegalArgumentException("kind names are lower-case letters, digits and hyphens, not '" + kind + "'");
        }
        if (region == null || region.isBlank() || region.length() > MAX_REGION || !region.strip().equals(region)
                || region.chars().anyMatch(c -> c < 0x20 || c == 0x7F || c == '/' || c == '\\')) {
            throw new IllegalArgumentException("a draft's region is 1 to " + MAX_REGION
                    + " characters without slashes or control characters, not '" + region + "'");
        }
        if (period == null || !period.matches("[0-9]{4}(-(0[1-9]|1[0-2]))?")) {
            throw new IllegalArgumentException("a draft's period is yyyy-MM (or yyyy), not '" + period + "'");
        }
    }

    /** As the page and the log name it: kind/region/period. */
    @Override
    public String toString() {
        return kind + "/" + region + "/" + period;
    }
}
