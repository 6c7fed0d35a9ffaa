package press.archive;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import press.model.Metadata;

/** What is handed to the archive: the rendered bytes with what describes them. */
public record NewRecord(String template, String variant, String format, Metadata metadata, byte[] bytes, String data,
                        String text) {

    public NewRecord {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(text, "text");
        bytes = bytes.clone();
    }

    /** The record as it is to be appended: its id, file and predecessor decided, archived now. */
    ArchivedDocument draft(long id, String sha256, Long supersedes) {
        return new ArchivedDocument(id, template, variant, format, metadata.title(), metadata.region(), metadata.period(),
                metadata.issuer(), metadata.issued(), Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), sha256,
                bytes.length, supersedes, null, data, text);
    }
}
