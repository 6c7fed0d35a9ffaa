package press.fonts.opentype;

import java.util.Objects;

/**
 * A subset's complete OpenType file and, for CFF outlines, where its CFF table starts in the
 * file and where each charstring lies in that table: what a writer that codes each glyph once
 * ({@code press.render.deflate}) needs to compress the whole file as it compresses the bare
 * program. A TrueType file, or a shaped face's whole file, says {@link CharStringPlaces#NONE}.
 *
 * @param file the file's bytes
 * @param programOffset where the CFF table starts in the file (0 where there is none)
 * @param places the charstrings' places in the CFF table
 */
public record SubsetFile(byte[] file, int programOffset, CharStringPlaces places) {

    public SubsetFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(places, "places");
        if (programOffset < 0 || programOffset > file.length) {
            throw new IllegalArgumentException("the program starts within the file, not at " + programOffset);
        }
    }

    /** A file whose charstrings are not placed (TrueType, or not known). */
    public static SubsetFile unplaced(byte[] file) {
        return new SubsetFile(file, 0, CharStringPlaces.NONE);
    }

    /** The file's bytes, not copied: the caller hands them on and never changes them. */
    @Override
    public byte[] file() {
        return file;
    }
}
