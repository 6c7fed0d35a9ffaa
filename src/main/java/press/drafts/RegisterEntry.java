package press.drafts;

import java.util.Objects;

/** A 发文字号 the register gave: its issuer, year and number, the draft it went to, when and to whom. */
public record RegisterEntry(String issuer, int year, int number, DraftKey key, String assignedAt, String assignedBy) {

    public RegisterEntry {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(assignedAt, "assignedAt");
        Objects.requireNonNull(assignedBy, "assignedBy");
        if (number < 1) {
            throw new IllegalArgumentException("document numbers count from 1, not " + number);
        }
    }
}
