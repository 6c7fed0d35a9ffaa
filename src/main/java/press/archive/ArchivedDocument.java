package press.archive;

import java.util.Objects;

/**
 * One archived bulletin: what it is, when it was archived, its file's SHA-256 and size, the
 * data it was rendered from, its text, and the record it corrects, if any.
 */
public record ArchivedDocument(long id, String template, String variant, String format, String title, String region,
                               String period, String issuer, String issued, String createdAt, String sha256, long size,
                               Long supersedes, Long supersededBy, String data, String text) {

    public ArchivedDocument {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(sha256, "sha256");
    }
}
