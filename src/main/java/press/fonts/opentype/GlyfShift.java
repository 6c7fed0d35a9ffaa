package press.fonts.opentype;

/**
 * A TrueType glyph moved sideways. A simple glyph's x coordinates are deltas from the point
 * before, the first from the origin, so only the first point moves and the flags and x deltas are
 * written anew (y coordinates and instructions are copied); a composite's components move by
 * their offsets. The bounding box in the header moves along.
 */
final class GlyfShift {

    private static final int X_SHORT = 0x02;
    private static final int REPEAT = 0x08;
    private static final int X_SAME_OR_POSITIVE = 0x10;

    private static final int ARGS_ARE_XY_VALUES = 0x0002;
    private static final int USE_MY_METRICS = 0x0200;
    private static final int SCALED_COMPONENT_OFFSET = 0x0800;

    private GlyfShift() {
    }

    /**
     * The outline ({@code glyf} bytes of one glyph) moved by {@code dx} font units, or null where
     * it cannot be: a component offset the component's own scale would change, or a coordinate
     * out of range. A composite also stops taking its advance from a component (USE_MY_METRICS),
     * as a half form states its own.
     */
    static byte[] shift(byte[] outline, int dx) {
        if (outline.length == 0) {
            return outline.clone();
        }
        if (Bytes.s16(outline, 0) < 0) {
            return composite(outline, dx);
        }
        return dx == 0 ? outline.clone() : simple(outline, dx);
    }

    private static byte[] simple(byte[] outline, int dx) {
        int contours = Bytes.s16(outline, 0);
        int points = contours == 0 ? 0 : Bytes.u16(outline, 10 + 2 * (contours - 1)) + 1;
        int instructionsAt = 10 + 2 * contours;
        int flagsAt = instructionsAt + 2 + Bytes.u16(outline, instructionsAt);
        int[] flags = new int[points];
        int at = flagsAt;
        for (int p = 0; p < points; ) {
            int flag = Bytes.u8(outline, at++);
            int repeats = (flag & REPEAT) != 0 ? Bytes.u8(outline, at++) : 0;
            for (int r = 0; r <= repeats && p < points; r++) {
                flags[p++] = flag & ~REPEAT;
            }
        }
        int[] xs = new int[points];
        for (int p = 0; p < points; p++) {
            if ((flags[p] & X_SHORT) != 0) {
                int delta = Bytes.u8(outline, at++);
                xs[p] = (flags[p] & X_SAME_OR_POSITIVE) != 0 ? delta : -delta;
            } else if ((flags[p] & X_SAME_OR_POSITIVE) == 0) {
                xs[p] = Bytes.s16(outline, at);
                at += 2;
            }
        }
        int yAt = at;
        if (points > 0) {
            xs[0] += dx;
            if (xs[0] != (short) xs[0]) {
                return null;
            }
        }
        Bytes.Out out = new Bytes.Out(outline.length + 8);
        if (!header(outline, dx, out)) {
            return null;
        }
        out.write(outline, 10, flagsAt - 10);
        Bytes.Out xOut = new Bytes.Out(2 * points);
        for (int p = 0; p < points; p++) {
            int x = xs[p];
            int flag = flags[p] & ~(X_SHORT | X_SAME_OR_POSITIVE);
            if (x == 0) {
                flag |= X_SAME_OR_POSITIVE;
            } else if (x >= -255 && x <= 255) {
                flag |= X_SHORT | (x > 0 ? X_SAME_OR_POSITIVE : 0);
                xOut.u8(Math.abs(x));
            } else {
                xOut.u16(x);
            }
            flags[p] = flag;
        }
        for (int p = 0; p < points; ) {
            int run = 1;
            while (p + run < points && flags[p + run] == flags[p] && run < 256) {
                run++;
            }
            if (run > 2) {
                out.u8(flags[p] | REPEAT).u8(run - 1);
            } else {
                out.u8(flags[p]);
                run = 1;
            }
            p += run;
        }
        out.bytes(xOut.toByteArray());
        out.write(outline, yAt, outline.length - yAt);
        return out.toByteArray();
    }

    private static byte[] composite(byte[] outline, int dx) {
        Bytes.Out out = new Bytes.Out(outline.length + 16);
        if (!header(outline, dx, out)) {
            return null;
        }
        int at = 10;
        int flags;
        do {
            flags = Bytes.u16(outline, at);
            int component = Bytes.u16(outline, at + 2);
            boolean words = (flags & GlyfOutlines.ARGS_ARE_WORDS) != 0;
            int argumentsAt = at + 4;
            int transform = GlyfOutlines.componentArgumentsLength(flags) - (words ? 4 : 2);
            at = argumentsAt + (words ? 4 : 2) + transform;
            flags &= ~USE_MY_METRICS;
            if ((flags & ARGS_ARE_XY_VALUES) == 0) {
                // placed by matching points, so it follows the components already moved
                out.u16(flags).u16(component).write(outline, argumentsAt, at - argumentsAt);
                continue;
            }
            if (dx != 0 && transform > 0 && (flags & SCALED_COMPONENT_OFFSET) != 0) {
                return null;
            }
            int x = (words ? Bytes.s16(outline, argumentsAt) : outline[argumentsAt]) + dx;
            int y = words ? Bytes.s16(outline, argumentsAt + 2) : outline[argumentsAt + 1];
            if (x != (short) x) {
                return null;
            }
            if (words || x != (byte) x) {
                out.u16(flags | GlyfOutlines.ARGS_ARE_WORDS).u16(component).u16(x).u16(y);
            } else {
                out.u16(flags).u16(component).u8(x).u8(y);
            }
            out.write(outline, at - transform, transform);
        } while ((flags & GlyfOutlines.MORE_COMPONENTS) != 0);
        out.write(outline, at, outline.length - at);
        return out.toByteArray();
    }

    /** The contour count and the bounding box moved; false if xMin or xMax would leave 16 bits. */
    private static boolean header(byte[] outline, int dx, Bytes.Out out) {
        int xMin = Bytes.s16(outline, 2) + dx;
        int xMax = Bytes.s16(outline, 6) + dx;
        if (xMin != (short) xMin || xMax != (short) xMax) {
            return false;
        }
        out.u16(Bytes.u16(outline, 0)).u16(xMin).u16(Bytes.u16(outline, 4)).u16(xMax).u16(Bytes.u16(outline, 8));
        return true;
    }
}
