package press.pipeline;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An output format: its name in requests, media type and file extension. */
public enum Format {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    /** GB/T 33190-2016 Open Fixed-layout Document, the format Chinese e-government exchanges. */
    OFD("application/ofd", "ofd");

    private final String mediaType;
    private final String extension;

    Format(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format named {@code name} (pdf, docx, ofd), ignoring case. */
    public static Optional<Format> named(String name) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }
}
