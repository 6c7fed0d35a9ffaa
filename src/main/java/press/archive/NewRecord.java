package press.archive;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import press.model.Metadata;

/**
 * What is handed to the archive: the rendered bytes with what describes them, and the OFD-A
 * copy of the same document where the publisher asked for one (null where not), and the SHA-256
 * of the kind's phrases it was rendered with (null for a kind without phrases).
 */
public record NewRecord(String template, String variant, String format, Metadata metadata, byte[] bytes, String data,
                        String text, byte[] ofd, String phrasesSha256) {

    public NewRecord {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(text, "text");
        bytes = bytes.clone();
        ofd = ofd == null ? null : ofd.clone();
    }

    /** A record made without phrases. */
    public NewRecord(String template, String variant, String format, Metadata metadata, byte[] bytes, String data,
                     String text, byte[] ofd) {
        this(template, variant, format, metadata, bytes, data, text, ofd, null);
    }

    /** A record with no OFD-A copy. */
    public NewRecord(String template, String variant, String format, Metadata metadata, byte[] bytes, String data,
                     String text) {
        this(template, variant, format, metadata, bytes, data, text, null, null);
    }

    /** The record as it is to be appended: its id, files and predecessor decided, archived now. */
    ArchivedDocument draft(long id, String sha256, Long supersedes, String ofdSha256) {
        return new ArchivedDocument(id, template, variant, format, metadata.title(), metadata.region(), metadata.period(),
                metadata.issuer(), metadata.issued(), Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), sha256,
                bytes.length, supersedes, null, data, text, ofdSha256, ofd == null ? null : (long) ofd.length,
                phrasesSha256);
    }
}
