package press.http;

import java.nio.charset.StandardCharsets;

/**
 * The Content-Disposition of a rendered bulletin: an ASCII file name for old clients and the
 * real one, title and period, as RFC 5987 {@code filename*} in UTF-8.
 */
final class ContentDisposition {

    private ContentDisposition() {
    }

    static String attachment(String title, String period, String extension) {
        String suffix = (period.isEmpty() ? "" : "-" + period) + "." + extension;
        String name = sanitize(title) + suffix;
        String ascii = "bulletin" + suffix.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(name);
    }

    /** No path separators, quotes or control characters in a file name. */
    private static String sanitize(String title) {
        String clean = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return clean.isEmpty() ? "bulletin" : clean;
    }

    /** RFC 5987 value characters: attr-char stays, every other byte is %XX. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
