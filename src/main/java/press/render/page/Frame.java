package press.render.page;

/**
 * Where a section's flow runs on each of its pages, in points from the sheet's top: from
 * {@code top} (the text block's top: the first line's box starts there) to {@code bottom} (its
 * foot); and the line grid a {@link Flow.Snap} returns to: its pitch and where a body line's em
 * box starts in its band.
 */
record Frame(float top, float bottom, float pitch, float inset) {

    /**
     * How far a snap moves the flow down from {@code y}: to the top of the first band of the grid
     * whose em box starts the snap's blank lines below the em box above.
     */
    float snap(Flow.Snap snap, float y) {
        float emBottom = y - snap.raised() + snap.descent();
        int band = (int) Math.ceil((emBottom + snap.blankLines() * pitch - top - inset) / pitch - 0.01f);
        return Math.max(0, top + band * pitch - y);
    }
}
