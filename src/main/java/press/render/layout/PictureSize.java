package press.render.layout;

/** What a placed picture's header says of its shape. */
public final class PictureSize {

    private PictureSize() {
    }

    /** A PNG's height over its width, from its header (the data were checked as a PNG when read). */
    public static float aspect(byte[] png) {
        if (png.length < 24) {
            return 1;
        }
        long width = u32(png, 16);
        long height = u32(png, 20);
        return width == 0 ? 1 : (float) height / width;
    }

    private static long u32(byte[] bytes, int at) {
        return ((bytes[at] & 0xffL) << 24) | ((bytes[at + 1] & 0xffL) << 16) | ((bytes[at + 2] & 0xffL) << 8)
                | (bytes[at + 3] & 0xffL);
    }
}
