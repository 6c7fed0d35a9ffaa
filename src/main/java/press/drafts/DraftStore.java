package press.drafts;

import java.util.List;
import java.util.Optional;

/**
 * Where drafts, their procedure and the 发文字号 register are kept: rows that are only ever
 * appended (the PostgreSQL service role may only read and insert), safe for many threads and,
 * on PostgreSQL, for several nodes at once: a version, an event or a number that another node
 * took first is taken again as the next one.
 */
public interface DraftStore {

    /**
     * Appends the data as the draft's next version, unless they equal its latest version's
     * (same data, same variant), which is then kept; the version's number either way.
     */
    int save(DraftKey key, String variant, String data, String person, String address);

    /** Every draft with its latest version and state, most recently saved first. */
    List<DraftSummary> list();

    /** The versions of a draft, oldest first, without their data; empty for no such draft. */
    List<DraftVersion> versions(DraftKey key);

    Optional<DraftVersion> version(DraftKey key, int version);

    /** The latest version with its data. */
    Optional<DraftVersion> latest(DraftKey key);

    /** The steps taken on a draft, oldest first. */
    List<DraftEvent> events(DraftKey key);

    /**
     * Appends the event as the draft's event number {@code event.seq()}; false, and nothing
     * appended, when another step took that number first: the caller reads the state again.
     */
    boolean append(DraftKey key, DraftEvent event);

    /**
     * The 发文字号 number of the draft for its issuer and year: the one it was given before (a
     * sign-off that failed, then tried again, keeps its number), otherwise the next after the
     * highest the register holds for that issuer and year. Numbers are never given twice nor
     * taken back.
     */
    int number(String issuer, int year, DraftKey key, String person);

    /**
     * Copies a version of another archive's draft as it was saved (its time, person and address),
     * unless that version is here already; whether it was copied. Events are copied by
     * {@link #append}, which keeps what is there. What backup, restore and migrate-archive do.
     */
    boolean copy(DraftKey key, DraftVersion version);

    /** Every number the register gave, by issuer, year and number. */
    List<RegisterEntry> register();

    /** Copies a number another archive's register gave, unless it is here already; whether it was copied. */
    boolean copy(RegisterEntry entry);
}
