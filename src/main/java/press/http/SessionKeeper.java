package press.http;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import press.archive.ArchiveStore;
import press.archive.Sha256;
import press.archive.StoredSession;
import press.people.Account;

/**
 * Opens, finds and closes login sessions. A session's id is 256 random bits that only the
 * person's cookie holds; the archive keeps its SHA-256, so a copy of the archive opens no
 * session. The CSRF token is another hash of the id: the page gets it from {@code GET /session}
 * and sends it back with every change, which a page of another site cannot read. A session is
 * good while it is neither closed, nor idle longer than allowed, nor older than allowed, and its
 * account is not disabled; its roles are the account's latest.
 */
final class SessionKeeper {

    static final String COOKIE = "bulletin_session";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ArchiveStore archive;
    private final AccountSettings settings;

    SessionKeeper(ArchiveStore archive, AccountSettings settings) {
        this.archive = archive;
        this.settings = settings;
    }

    /** Opens a session for the account; its id, for the cookie. */
    String open(Account account, String address) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        archive.sessions().open(hash(id), account.name(), Instant.now(), address);
        return id;
    }

    /** The session of this cookie's id, if it is good now; marks it seen. */
    Optional<ActiveSession> find(String id) {
        if (id == null || !id.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        String hash = hash(id);
        Optional<StoredSession> stored = archive.sessions().find(hash);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StoredSession session = stored.get();
        Instant now = Instant.now();
        if (session.closed() || now.isAfter(session.opened().plus(settings.absolute()))
                || now.isAfter(session.lastSeen().plus(settings.idle()))) {
            return Optional.empty();
        }
        Optional<Account> account = archive.accounts().find(session.user()).filter(a -> !a.disabled());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        // a row per request would be a row per request: a quarter of the idle time's precision is enough
        if (Duration.between(session.lastSeen(), now).compareTo(settings.idle().dividedBy(4)) > 0) {
            archive.sessions().seen(hash, now);
        }
        return Optional.of(new ActiveSession(hash, csrf(id), account.get().person()));
    }

    void close(ActiveSession session) {
        archive.sessions().close(session.hash(), Instant.now());
    }

    static String hash(String id) {
        return Sha256.hex(id.getBytes(StandardCharsets.UTF_8));
    }

    /** The CSRF token of a session: not the stored hash, so the archive's rows give neither away. */
    static String csrf(String id) {
        return Sha256.hex(("csrf:" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The Set-Cookie value: HttpOnly (no script reads it), SameSite=Strict, Secure when the page came over TLS. */
    static String cookie(String id, boolean secure) {
        return COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /** The Set-Cookie value that removes the cookie. */
    static String expired(boolean secure) {
        return COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }
}
