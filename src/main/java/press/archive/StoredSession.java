package press.archive;

import java.time.Instant;
import java.util.Objects;

/**
 * A login session as the archive holds it: the SHA-256 of its id (the id itself lives only in the
 * person's cookie), whose it is, when it was opened, when it was last seen and whether it was
 * closed (logout).
 */
public record StoredSession(String hash, String user, Instant opened, Instant lastSeen, boolean closed) {

    public StoredSession {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(opened, "opened");
        lastSeen = lastSeen == null || lastSeen.isBefore(opened) ? opened : lastSeen;
    }
}
