package press.procedure;

import press.drafts.DraftKey;
import press.people.Person;

/**
 * What the procedure tells the audit trail: every save of a draft and every step taken on it,
 * with who, from where and which version; a sign-off also with the published record's id and
 * SHA-256. The draft's own history is kept by the drafts' tables whatever this does.
 */
@FunctionalInterface
public interface DraftAudit {

    /** Tells nobody: the draft's history is all there is. */
    DraftAudit NONE = (action, person, address, key, version, recordId, sha256) -> { };

    /**
     * @param action saved, submitted, returned, passed or signed
     * @param recordId the archive record a sign-off published; null otherwise
     * @param sha256 that record's SHA-256; null otherwise
     */
    void record(String action, Person person, String address, DraftKey key, int version, Long recordId, String sha256);
}
