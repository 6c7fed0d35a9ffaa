package press.render.ofd;

/** Colours as OFD writes them: RGB components 0–255 in the document's one RGB colour space. */
final class OfdColors {

    private OfdColors() {
    }

    /** The {@code Value} of a colour 0xRRGGBB. */
    static String value(int rgb) {
        return (rgb >> 16 & 0xFF) + " " + (rgb >> 8 & 0xFF) + " " + (rgb & 0xFF);
    }
}
