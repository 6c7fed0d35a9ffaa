package press.drafts;

import java.util.Objects;

/** A draft as the list of drafts shows it: its latest version, when and by whom saved, and its state. */
public record DraftSummary(DraftKey key, int version, String savedAt, String savedBy, DraftState state) {

    public DraftSummary {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(state, "state");
    }
}
