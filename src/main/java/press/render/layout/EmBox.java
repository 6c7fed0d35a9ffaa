package press.render.layout;

/**
 * Where a CJK character's em box sits on its baseline: the bundled faces put 0.88 em above it
 * and 0.12 em below, so "the top of a line" in the standard's figures is the baseline less 0.88
 * of the type size.
 */
public final class EmBox {

    public static final float ASCENT = 0.88f;
    public static final float DESCENT = 0.12f;

    private EmBox() {
    }
}
