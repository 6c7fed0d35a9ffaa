package press.render.page;

/**
 * Where a section's flow runs on each of its pages, in points from the sheet's top: from
 * {@code top} (the first line's box starts there) to {@code bottom} (the text block's foot);
 * and the line grid a {@link Flow.Snap} returns to: its first band's top, its pitch, and where a
 * body line's em box starts in its band and how far its baseline lies below that.
 */
record Frame(float top, float bottom, float gridTop, float pitch, float inset, float ascent) {

    /** How far a snap moves the flow down from a last baseline at {@code y}. */
    float snap(Flow.Snap snap, float y) {
        float emBottom = y + snap.descent();
        int band = (int) Math.ceil((emBottom + snap.blankLines() * pitch - gridTop - inset) / pitch - 0.01f);
        float baseline = gridTop + band * pitch + inset + ascent;
        return Math.max(0, baseline - pitch - y);
    }
}
