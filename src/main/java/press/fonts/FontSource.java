package press.fonts;

/** A font file and the face inside it; several roles may share one, and it is loaded and embedded once. */
public record FontSource(String file, int index) {
}
