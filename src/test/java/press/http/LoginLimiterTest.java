package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import press.archive.ArchiveStore;
import press.archive.AuditEvent;
import press.testing.BothArchives;

/**
 * The login's rate limit on both archives: a successful login clears that name's failures (the
 * person has shown the password), while the failures from an address keep counting, so one's own
 * login cannot free an address that guesses at other names.
 */
class LoginLimiterTest {

    private static final AccountSettings THREE = new AccountSettings(Duration.ofMinutes(30), Duration.ofHours(12), 3,
            Duration.ofMinutes(15));

    @TempDir
    Path directory;
    @RegisterExtension
    final BothArchives archives = new BothArchives();

    private ArchiveStore open(String backend) {
        return archives.open(backend, directory);
    }

    private static void record(ArchiveStore archive, Instant at, String user, String address, String action) {
        archive.audit().record(new AuditEvent(at, user, address, action, user, "", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aSuccessfulLoginClearsThatNamesFailuresButNotThoseOfItsAddress(String backend) {
        try (ArchiveStore archive = open(backend)) {
            LoginLimiter limiter = new LoginLimiter(archive.audit(), THREE);
            Instant start = Instant.now().minusSeconds(60);
            for (int i = 0; i < 3; i++) {
                record(archive, start.plusSeconds(i), "clerk", "10.0.0." + (i + 1), AuditEvent.LOGIN_FAILED);
            }
            assertTrue(limiter.wait("clerk", "10.0.0.9").isPresent(), "three failures by the name: it waits");

            record(archive, start.plusSeconds(10), "clerk", "10.0.0.3", AuditEvent.LOGIN);
            assertEquals(java.util.Optional.empty(), limiter.wait("clerk", "10.0.0.9"), "its login cleared them");
            record(archive, start.plusSeconds(20), "clerk", "10.0.0.9", AuditEvent.LOGIN_FAILED);
            record(archive, start.plusSeconds(21), "clerk", "10.0.0.9", AuditEvent.LOGIN_FAILED);
            assertEquals(java.util.Optional.empty(), limiter.wait("clerk", "10.0.0.8"), "two failures since count");
            record(archive, start.plusSeconds(22), "clerk", "10.0.0.8", AuditEvent.LOGIN_FAILED);
            assertTrue(limiter.wait("clerk", "10.0.0.7").isPresent(), "three since the login: it waits again");

            for (int i = 0; i < 3; i++) {
                record(archive, start.plusSeconds(30 + i), "guess" + i, "10.0.0.5", AuditEvent.LOGIN_FAILED);
            }
            record(archive, start.plusSeconds(40), "admin", "10.0.0.5", AuditEvent.LOGIN);
            assertTrue(limiter.wait("someone", "10.0.0.5").isPresent(), "a login does not clear its address's failures");
        }
    }
}
