package press.drafts;

import java.util.Objects;

/**
 * A step of the procedure taken on a draft, appended and never changed: who, when, from where,
 * on which version, with what comment, and for a sign-off the archive record it published.
 *
 * @param seq 1, 2, … per draft: two steps taken at the same moment cannot both be the next
 * @param recordId the archive record a sign-off published; null for the other steps
 */
public record DraftEvent(int seq, Step step, int version, String person, String at, String address, String comment,
                         Long recordId) {

    public DraftEvent {
        if (seq < 1 || version < 1) {
            throw new IllegalArgumentException("events and versions count from 1");
        }
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(address, "address");
        comment = comment == null ? "" : comment;
        if (step == Step.SIGNED && recordId == null) {
            throw new IllegalArgumentException("a sign-off names the record it published");
        }
    }
}
