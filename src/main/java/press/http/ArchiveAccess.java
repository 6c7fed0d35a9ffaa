package press.http;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import press.archive.Accounts;
import press.failure.Failure;
import press.failure.Reason;
import press.people.Person;
import press.people.Role;

/**
 * Who may read and change the archive, and who is asking. With a token configured, requests with
 * {@code Authorization: Bearer <token>} act as the token (all roles), compared in constant time
 * and never logged; another token is 403. A session cookie ({@link SessionKeeper}) acts as its
 * account, and on a change must bring its CSRF token in {@code X-CSRF-Token}. As soon as the
 * archive holds a user, every change needs a session or the token, this machine included;
 * before that, writes come without either only from this machine unless the service was started
 * open, and act as the one person at it ({@link Person#local()}).
 */
final class ArchiveAccess {

    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String IDENTITY = "archiveAccess.identity";
    private static final String SESSION = "archiveAccess.session";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final byte[] token;
    private final boolean open;
    private final Accounts accounts;
    private final SessionKeeper sessions;

    /** @param open without a token, whether clients on other machines may write to the archive */
    ArchiveAccess(String token, boolean open, Accounts accounts, SessionKeeper sessions) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.open = open;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /** Whether the archive holds a user, so that every change needs a session or the token. */
    boolean accountsOn() {
        return accounts.any();
    }

    /**
     * A write (publishing a bulletin supersedes the current one of its period): with accounts, a
     * session or the token; without, with a token, the token; without one, only from this machine
     * unless the service was started open.
     */
    void checkWrite(Context ctx) {
        if (identified(ctx).isPresent()) {
            return;
        }
        if (accounts.any()) {
            throw new Failure(Reason.UNAUTHORIZED, "this archive has accounts: log in (POST /session) or send the archive's "
                    + "bearer token");
        }
        check(ctx);
        if (token.length == 0 && !open && !loopback(ctx.req().getRemoteAddr())) {
            throw new Failure(Reason.FORBIDDEN, "without an archive token only this machine may publish to the archive; "
                    + "start the service with --archive-token-file (or, on a trusted network, --archive-open)");
        }
    }

    /** A change that one of the roles may make: who makes it, once they passed {@link #checkWrite} and hold one. */
    Person require(Context ctx, Role... anyOf) {
        checkWrite(ctx);
        return holding(caller(ctx), anyOf);
    }

    /**
     * A read that only some may make (the audit trail, a withdrawn record): the token, a session,
     * or without accounts and token this machine; 401 for anyone else, 403 without the role.
     */
    Person requireReader(Context ctx, Role... anyOf) {
        check(ctx);
        Person reader = reader(ctx).orElseThrow(() -> new Failure(Reason.UNAUTHORIZED,
                "log in (POST /session) or send the archive's bearer token"));
        return holding(reader, anyOf);
    }

    /** Who reads, if the request says who: the token, a session, or this machine while there are no accounts nor token. */
    Optional<Person> reader(Context ctx) {
        Optional<Person> person = identified(ctx);
        if (person.isEmpty() && token.length == 0 && !accounts.any() && loopback(ctx.req().getRemoteAddr())) {
            return Optional.of(Person.local());
        }
        return person;
    }

    private static Person holding(Person person, Role... anyOf) {
        if (Arrays.stream(anyOf).noneMatch(person::holds)) {
            List<String> roles = Arrays.stream(anyOf).map(role -> role.chinese() + " (" + role.english() + ")").toList();
            throw new Failure(Reason.FORBIDDEN, person.name() + " may not do this: it needs the role "
                    + String.join(" or ", roles), List.of(Map.of("field", "role", "valid",
                    Arrays.stream(anyOf).map(Role::english).toList())));
        }
        return person;
    }

    /** Whether the remote address, an IP literal, is this machine's; anything else (never looked up by name) is not. */
    static boolean loopback(String address) {
        if (address != null && address.startsWith("[") && address.endsWith("]")) {
            // Jetty writes an IPv6 peer as a bracketed literal: a browser on localhost comes as [::1]
            address = address.substring(1, address.length() - 1);
        }
        if (address == null || !(address.matches("[0-9.]+") || address.matches("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*"))) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /**
     * Who makes a request that passed {@link #checkWrite}: the token's identity or the session's
     * account, otherwise (no accounts) the one person at this machine.
     */
    Person caller(Context ctx) {
        Optional<Person> person = identified(ctx);
        if (person.isPresent()) {
            return person.get();
        }
        if (accounts.any() || token.length > 0) {
            throw new Failure(Reason.UNAUTHORIZED, "log in (POST /session) or send the archive's bearer token");
        }
        return Person.local();
    }

    /** A read: with a token configured, the token or a session; without, anyone. */
    void check(Context ctx) {
        if (token.length == 0 || identified(ctx).isPresent()) {
            return;
        }
        throw new Failure(Reason.UNAUTHORIZED, "the archive needs Authorization: Bearer <token> or a login (POST /session)");
    }

    /** The session of the request's cookie, if it is good (the CSRF token is not checked here). */
    Optional<ActiveSession> session(Context ctx) {
        if (ctx.attribute(SESSION) == null) {
            ctx.attribute(SESSION, sessions.find(ctx.cookie(SessionKeeper.COOKIE)));
        }
        return ctx.attribute(SESSION);
    }

    /**
     * The token's identity if the request carries the token (another token is 403), else the
     * session's account; a session used for a change must bring its CSRF token (403 without).
     */
    Optional<Person> identified(Context ctx) {
        Optional<Person> cached = ctx.attribute(IDENTITY);
        if (cached != null) {
            return cached;
        }
        Optional<Person> person = Optional.empty();
        String header = ctx.header("Authorization");
        if (token.length > 0 && header != null) {
            if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw new Failure(Reason.UNAUTHORIZED, "the archive needs Authorization: Bearer <token>");
            }
            byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(given, token)) {
                throw new Failure(Reason.FORBIDDEN, "that token does not open the archive");
            }
            person = Optional.of(Person.token());
        } else {
            Optional<ActiveSession> session = session(ctx);
            if (session.isPresent()) {
                if (!SAFE_METHODS.contains(ctx.method().name())) {
                    String sent = ctx.header(CSRF_HEADER);
                    if (sent == null || !MessageDigest.isEqual(sent.strip().getBytes(StandardCharsets.UTF_8),
                            session.get().csrf().getBytes(StandardCharsets.UTF_8))) {
                        throw new Failure(Reason.FORBIDDEN, "a change by a logged-in person needs the session's CSRF token "
                                + "in " + CSRF_HEADER + " (GET /session gives it)", List.of(Map.of("field", CSRF_HEADER)));
                    }
                }
                person = Optional.of(session.get().person());
            }
        }
        ctx.attribute(IDENTITY, person);
        return person;
    }
}
