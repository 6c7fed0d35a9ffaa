package press.fonts;

/** A font file and the face inside it; several roles may share one, and it is loaded and embedded once. */
public record FontSource(String file, int index) {

    /** By file, then face: an order that is the same in every process, for whatever lists sources. */
    public static final java.util.Comparator<FontSource> ORDER =
            java.util.Comparator.comparing(FontSource::file).thenComparingInt(FontSource::index);
}
