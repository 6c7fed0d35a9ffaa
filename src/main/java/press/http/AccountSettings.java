package press.http;

import java.time.Duration;

/**
 * How long a login lasts and how many wrong passwords the service takes: a session ends after
 * {@code idle} without a request and {@code absolute} after it was opened, whichever comes first;
 * {@code maxFailures} failed logins by one name, or from one address, within {@code failureWindow}
 * make further attempts wait (429 with Retry-After).
 */
public record AccountSettings(Duration idle, Duration absolute, int maxFailures, Duration failureWindow) {

    public AccountSettings {
        for (Duration duration : new Duration[] {idle, absolute, failureWindow}) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("session and login limits must be positive durations");
            }
        }
        if (maxFailures < 1) {
            throw new IllegalArgumentException("at least one failed login must be allowed, was " + maxFailures);
        }
    }

    /** 30 minutes idle, 12 hours at most, 5 failures in 15 minutes. */
    public static AccountSettings defaults() {
        return new AccountSettings(Duration.ofMinutes(30), Duration.ofHours(12), 5, Duration.ofMinutes(15));
    }
}
