package press.fonts;

import java.util.Objects;

/**
 * One font role of the manifest: the bundled file that draws it (with the face index inside a
 * TTC), the name of the official font an office's Word uses for the same role, and whether its
 * script needs OpenType shaping (Tibetan: stacked consonants, vowel signs), which a writer then
 * gets from the JDK and which no subset of ours can keep.
 */
public record FontFace(String role, String file, int index, String officialName, boolean shaped) {

    public FontFace(String role, String file, int index, String officialName) {
        this(role, file, index, officialName, false);
    }

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
