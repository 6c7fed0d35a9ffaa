package press.fonts;

import java.util.Objects;

/**
 * One font role of the manifest: the bundled file that draws it (with the face index inside a
 * TTC) and the name of the official font an office's Word uses for the same role.
 */
public record FontFace(String role, String file, int index, String officialName) {

    public FontFace {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(officialName, "officialName");
        if (file.contains("/") || file.contains("\\") || file.startsWith(".")) {
            throw new IllegalArgumentException("font file must be a plain name inside fonts/: " + file);
        }
        if (index < 0) {
            throw new IllegalArgumentException("TTC index must not be negative");
        }
    }

    public FontSource source() {
        return new FontSource(file, index);
    }
}
