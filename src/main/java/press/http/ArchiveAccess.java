package press.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import press.failure.Failure;
import press.failure.Reason;

/**
 * When a token is configured, archive reads and writes need {@code Authorization: Bearer
 * <token>}: 401 without, 403 with another. Compared in constant time; never logged.
 */
final class ArchiveAccess {

    private final byte[] token;

    ArchiveAccess(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
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
