package press.archive;

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
}
