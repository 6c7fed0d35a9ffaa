package press.http;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import press.failure.Failure;
import press.failure.Reason;
import press.people.Person;

/**
 * When a token is configured, archive reads and writes need {@code Authorization: Bearer
 * <token>}: 401 without, 403 with another. Compared in constant time; never logged. Without a
 * token, writes come only from this machine unless the service was started open.
 */
final class ArchiveAccess {

    private final byte[] token;
    private final boolean open;

    /** @param open without a token, whether clients on other machines may write to the archive */
    ArchiveAccess(String token, boolean open) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.open = open;
    }

    /**
     * A write (publishing a bulletin supersedes the current one of its period): with a token,
     * the token; without one, only from this machine unless the service was started open.
     */
    void checkWrite(Context ctx) {
        check(ctx);
        if (token.length == 0 && !open && !loopback(ctx.req().getRemoteAddr())) {
            throw new Failure(Reason.FORBIDDEN, "without an archive token only this machine may publish to the archive; "
                    + "start the service with --archive-token-file (or, on a trusted network, --archive-open)");
        }
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
     * Who makes a request that passed {@link #checkWrite}: the token's identity when a token
     * was given, otherwise the one person at this machine.
     */
    Person caller(Context ctx) {
        return token.length == 0 ? Person.local() : Person.token();
    }

    void check(Context ctx) {
        if (token.length == 0) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new Failure(Reason.UNAUTHORIZED, "the archive needs Authorization: Bearer <token>");
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) {
            throw new Failure(Reason.FORBIDDEN, "that token does not open the archive");
        }
    }
}
