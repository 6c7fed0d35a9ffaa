package press.http;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import press.archive.AuditLog;

/**
 * How long a login must wait: failed logins are audit events, so the limit counts them there,
 * alike on every node of a PostgreSQL archive. More than the allowed failures by one name, or
 * from one address, within the window make the next attempt wait until the oldest of them leaves
 * the window, whatever password it brings.
 */
final class LoginLimiter {

    private final AuditLog audit;
    private final AccountSettings settings;

    LoginLimiter(AuditLog audit, AccountSettings settings) {
        this.audit = audit;
        this.settings = settings;
    }

    /** How long this name or this address must wait before another attempt; empty when it need not. */
    Optional<Duration> wait(String user, String address) {
        Instant now = Instant.now();
        Instant since = now.minus(settings.failureWindow());
        Duration byName = wait(audit.failedLoginsBy(user, since), now);
        Duration fromAddress = wait(audit.failedLoginsFrom(address, since), now);
        Duration longer = byName.compareTo(fromAddress) >= 0 ? byName : fromAddress;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    /** Newest first: with as many failures as allowed, until the one that makes them so many leaves the window. */
    private Duration wait(List<Instant> failures, Instant now) {
        if (failures.size() < settings.maxFailures()) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, failures.get(settings.maxFailures() - 1).plus(settings.failureWindow()));
        return left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left;
    }
}
