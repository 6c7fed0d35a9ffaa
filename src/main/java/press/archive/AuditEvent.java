package press.archive;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import press.people.Person;

/**
 * One line of the audit trail: who did what, when, from where, to which thing (a record's or a
 * draft's id, a user's name) and, where a document is concerned, its SHA-256.
 *
 * @param action what happened, a short lower-case word with hyphens ({@link #LOGIN}, {@link #PUBLISHED}, …;
 *               other parts of the service add their own, e.g. {@code draft-submitted})
 * @param subject what it happened to; empty when nothing in particular
 * @param sha256 the document's SHA-256; empty when no document is concerned
 * @param detail a few words more: a reason, the roles given; empty for none
 */
public record AuditEvent(Instant at, String person, String address, String action, String subject, String sha256,
                         String detail) {

    public static final String LOGIN = "login";
    public static final String LOGIN_FAILED = "login-failed";
    public static final String LOGOUT = "logout";
    public static final String USER_ADDED = "user-added";
    public static final String USER_ROLES = "user-roles";
    public static final String USER_DISABLED = "user-disabled";
    public static final String PUBLISHED = "published";
    public static final String WITHDRAWN = "withdrawn";

    /** Longest detail kept: a reason is a sentence or two, not a document. */
    public static final int MAX_DETAIL = 2000;

    public AuditEvent {
        // as the archive keeps it: milliseconds
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MILLIS);
        person = bounded(Objects.requireNonNull(person, "person"), 200);
        address = address == null ? "" : bounded(address, 100);
        Objects.requireNonNull(action, "action");
        if (!action.matches("[a-z][a-z-]{0,39}")) {
            throw new IllegalArgumentException("an audit action is a lower-case word with hyphens, not '" + action + "'");
        }
        subject = subject == null ? "" : bounded(subject, 200);
        sha256 = sha256 == null ? "" : sha256;
        if (!sha256.isEmpty() && !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("an audit event's SHA-256 is 64 hex digits, not '" + sha256 + "'");
        }
        detail = detail == null ? "" : bounded(detail, MAX_DETAIL);
    }

    /** What {@code person} did just now from {@code address}. */
    public static AuditEvent now(Person person, String address, String action, String subject, String sha256,
                                 String detail) {
        return new AuditEvent(Instant.now(), person.name(), address, action, subject, sha256, detail);
    }

    /** Control characters go (a log line stays one line), and what is too long is cut. */
    private static String bounded(String text, int max) {
        String clean = text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}
