package press.drafts;

import java.util.Objects;

/**
 * One saved version of a draft: the data as the clerk had them, never changed afterwards.
 *
 * @param version 1, 2, … in the order they were saved
 * @param variant the variant the clerk chose, or null for the kind's default
 * @param data the month's data as JSON text; empty where a listing leaves it out
 * @param address the address the save came from
 */
public record DraftVersion(int version, String variant, String data, String savedAt, String savedBy, String address) {

    public DraftVersion {
        if (version < 1) {
            throw new IllegalArgumentException("draft versions count from 1, not " + version);
        }
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(savedBy, "savedBy");
        Objects.requireNonNull(address, "address");
    }

    /** The same version without its data, as a history lists it. */
    public DraftVersion withoutData() {
        return new DraftVersion(version, variant, "", savedAt, savedBy, address);
    }
}
