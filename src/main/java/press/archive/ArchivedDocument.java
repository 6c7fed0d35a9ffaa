package press.archive;

import java.util.Objects;

/**
 * One archived bulletin: what it is, when it was archived, its file's SHA-256 and size, the
 * data it was rendered from, its text, the record it corrects, if any, and the SHA-256 and
 * size of its OFD-A copy where one was published beside the PDF/A (null for the records
 * archived before OFD, and for those published without); the SHA-256 of the kind's phrases file
 * it was rendered with (null for kinds without phrases and for the records archived before
 * schema version 6).
 */
public record ArchivedDocument(long id, String template, String variant, String format, String title, String region,
                               String period, String issuer, String issued, String createdAt, String sha256, long size,
                               Long supersedes, Long supersededBy, String data, String text, String ofdSha256,
                               Long ofdSize, String phrasesSha256) {

    public ArchivedDocument {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(sha256, "sha256");
        if ((ofdSha256 == null) != (ofdSize == null)) {
            throw new IllegalArgumentException("an OFD-A copy has both a SHA-256 and a size, or neither");
        }
        if (phrasesSha256 != null && !phrasesSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("the phrases' version is a SHA-256 in lower-case hex: " + phrasesSha256);
        }
    }

    /** A record made without phrases. */
    public ArchivedDocument(long id, String template, String variant, String format, String title, String region,
                            String period, String issuer, String issued, String createdAt, String sha256, long size,
                            Long supersedes, Long supersededBy, String data, String text, String ofdSha256,
                            Long ofdSize) {
        this(id, template, variant, format, title, region, period, issuer, issued, createdAt, sha256, size, supersedes,
                supersededBy, data, text, ofdSha256, ofdSize, null);
    }

    /** A record without an OFD-A copy. */
    public ArchivedDocument(long id, String template, String variant, String format, String title, String region,
                            String period, String issuer, String issued, String createdAt, String sha256, long size,
                            Long supersedes, Long supersededBy, String data, String text) {
        this(id, template, variant, format, title, region, period, issuer, issued, createdAt, sha256, size, supersedes,
                supersededBy, data, text, null, null, null);
    }

    /** Whether an OFD-A copy was archived beside the file. */
    public boolean hasOfd() {
        return ofdSha256 != null;
    }
}
