package press.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * How the service runs: where it listens, where its data (the archive) lives, how large a
 * request may be, how many renders run at once and how many may wait, how long one may take,
 * the token archive access requires (empty: none), the host names besides IP addresses and
 * {@code localhost} it answers to (a reverse proxy's public name), and the address it listens
 * on: the loopback interface unless the operator says otherwise, so a service started on a
 * clerk's PC is not open to the office network by accident; and whether one person may review or
 * sign off a draft they drafted ({@code --allow-self-review}: an office of one clerk and one leader).
 */
public record ServiceSettings(int port, Path dataDirectory, long maxBodyBytes, int concurrentRenders,
                              int queuedRenders, Duration renderTimeout, String archiveToken, Duration readTimeout,
                              boolean archiveOpen, Set<String> hostNames, String bindAddress, boolean allowSelfReview) {

    /** Where a service listens unless told otherwise. */
    public static final String LOOPBACK = "127.0.0.1";

    public static final long DEFAULT_MAX_BODY = 2L * 1024 * 1024;

    /** How long a request may leave its connection idle, headers or body, before it is answered 408. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

    public ServiceSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (maxBodyBytes < 1 || concurrentRenders < 1 || queuedRenders < 0) {
            throw new IllegalArgumentException("body limit and concurrent renders must be positive");
        }
        archiveToken = archiveToken == null ? "" : archiveToken;
        if (readTimeout == null || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("the read timeout must be positive");
        }
        hostNames = Set.copyOf(hostNames);
        if (bindAddress == null || bindAddress.isBlank()) {
            throw new IllegalArgumentException("the address to listen on is missing (0.0.0.0 for every interface)");
        }
        for (String name : hostNames) {
            if (!name.matches("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?")) {
                throw new IllegalArgumentException("'" + name + "' is not a host name (letters, digits, dots and hyphens)");
            }
        }
    }

    /** Settings where nobody reviews or signs off their own draft. */
    public ServiceSettings(int port, Path dataDirectory, long maxBodyBytes, int concurrentRenders, int queuedRenders,
                           Duration renderTimeout, String archiveToken, Duration readTimeout, boolean archiveOpen,
                           Set<String> hostNames, String bindAddress) {
        this(port, dataDirectory, maxBodyBytes, concurrentRenders, queuedRenders, renderTimeout, archiveToken,
                readTimeout, archiveOpen, hostNames, bindAddress, false);
    }

    public ServiceSettings(int port, Path dataDirectory, long maxBodyBytes, int concurrentRenders, int queuedRenders,
                           Duration renderTimeout, String archiveToken, Duration readTimeout, boolean archiveOpen,
                           Set<String> hostNames) {
        this(port, dataDirectory, maxBodyBytes, concurrentRenders, queuedRenders, renderTimeout, archiveToken,
                readTimeout, archiveOpen, hostNames, LOOPBACK);
    }

    public ServiceSettings(int port, Path dataDirectory, long maxBodyBytes, int concurrentRenders, int queuedRenders,
                           Duration renderTimeout, String archiveToken, Duration readTimeout, boolean archiveOpen) {
        this(port, dataDirectory, maxBodyBytes, concurrentRenders, queuedRenders, renderTimeout, archiveToken,
                readTimeout, archiveOpen, Set.of());
    }

    public ServiceSettings(int port, Path dataDirectory, long maxBodyBytes, int concurrentRenders, int queuedRenders,
                           Duration renderTimeout, String archiveToken) {
        this(port, dataDirectory, maxBodyBytes, concurrentRenders, queuedRenders, renderTimeout, archiveToken,
                DEFAULT_READ_TIMEOUT, false);
    }

    public ServiceSettings(int port, Path dataDirectory, long maxBodyBytes, int concurrentRenders, int queuedRenders,
                           Duration renderTimeout) {
        this(port, dataDirectory, maxBodyBytes, concurrentRenders, queuedRenders, renderTimeout, "");
    }

    /** Defaults for a local run: port 7070, ./data, 2 MiB bodies, one render per core, 4 waiting per core. */
    public static ServiceSettings defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServiceSettings(7070, Path.of("data"), DEFAULT_MAX_BODY, cores, 4 * cores, Duration.ofSeconds(20), "");
    }
}
