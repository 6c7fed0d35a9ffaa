package press.http;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import press.archive.ArchiveStore;
import press.archive.AuditEvent;
import press.failure.Failure;
import press.failure.Reason;
import press.people.Account;
import press.people.Passwords;
import press.people.Person;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /session} logs in with {@code {"user", "password"}} and sets the session cookie;
 * {@code GET /session} says whether accounts are on, who is logged in with which roles, and the
 * CSRF token; {@code DELETE /session} logs out. Logins, failures and logouts go to the audit trail.
 * A login needs no CSRF token (there is no session yet); SameSite=Strict and the Origin check keep
 * other sites from sending one.
 */
final class SessionEndpoints {

    private final ArchiveStore archive;
    private final ArchiveAccess access;
    private final SessionKeeper sessions;
    private final LoginLimiter limiter;

    SessionEndpoints(ArchiveStore archive, ArchiveAccess access, SessionKeeper sessions, LoginLimiter limiter) {
        this.archive = archive;
        this.access = access;
        this.sessions = sessions;
        this.limiter = limiter;
    }

    void login(Context ctx) {
        JsonNode body = BodyFields.object(ctx);
        String user = BodyFields.text(body, "user");
        String password = BodyFields.text(body, "password");
        if (user.length() > 200 || password.length() > Passwords.MAX_LENGTH) {
            throw BodyFields.invalid(user.length() > 200 ? "user" : "password", "that is longer than any user name or password");
        }
        String address = ctx.req().getRemoteAddr();
        Optional<Duration> wait = limiter.wait(user, address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            ctx.header("Retry-After", Long.toString(seconds));
            throw new Failure(Reason.TOO_MANY_ATTEMPTS, "too many failed logins for this user or from this address; try "
                    + "again in " + seconds + " s", List.of(Map.of("retryAfter", seconds)));
        }
        Optional<Account> account = archive.accounts().find(user).filter(a -> !a.disabled());
        boolean good = account.isPresent() ? Passwords.matches(password, account.get().passwordHash()) : nobody(password);
        if (!good) {
            archive.audit().record(AuditEvent.now(new Person(user.isBlank() ? "?" : user, java.util.Set.of()), address,
                    AuditEvent.LOGIN_FAILED, user, "", ""));
            throw new Failure(Reason.UNAUTHORIZED, "wrong user name or password (用户名或密码不对)");
        }
        String id = sessions.open(account.get(), address);
        archive.audit().record(AuditEvent.now(account.get().person(), address, AuditEvent.LOGIN, user, "", ""));
        ctx.header("Set-Cookie", SessionKeeper.cookie(id, secure(ctx)));
        ctx.header("Cache-Control", "no-store");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("accounts", true);
        answer.putAll(BodyFields.person(account.get().name(), account.get().roles()));
        answer.put("csrf", SessionKeeper.csrf(id));
        Responses.json(ctx, 200, answer);
    }

    private static boolean nobody(String password) {
        Passwords.matchNobody(password);
        return false;
    }

    void current(Context ctx) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("accounts", access.accountsOn());
        Optional<ActiveSession> session = access.session(ctx);
        if (session.isPresent()) {
            answer.putAll(BodyFields.person(session.get().person().name(), session.get().person().roles()));
            answer.put("csrf", session.get().csrf());
        } else {
            answer.put("user", null);
            answer.put("roles", List.of());
        }
        ctx.header("Cache-Control", "no-store");
        Responses.json(ctx, 200, answer);
    }

    void logout(Context ctx) {
        Optional<ActiveSession> session = access.session(ctx);
        if (session.isPresent()) {
            // the CSRF token, as for every change: another site cannot log a person out either
            access.identified(ctx);
            sessions.close(session.get());
            archive.audit().record(AuditEvent.now(session.get().person(), ctx.req().getRemoteAddr(), AuditEvent.LOGOUT,
                    session.get().person().name(), "", ""));
        }
        ctx.header("Set-Cookie", SessionKeeper.expired(secure(ctx)));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("accounts", access.accountsOn());
        answer.put("user", null);
        answer.put("roles", List.of());
        Responses.json(ctx, 200, answer);
    }

    /** Whether the request came over TLS, here or at the reverse proxy in front. */
    static boolean secure(Context ctx) {
        return ctx.req().isSecure() || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
