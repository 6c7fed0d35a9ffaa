package press.fonts.opentype;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The TrueType outlines of a font ({@code glyf} and {@code loca}), and the writer of subsets:
 * composite glyphs bring their components along, and every glyph index is renumbered.
 */
final class GlyfOutlines {

    static final int ARGS_ARE_WORDS = 0x0001;
    private static final int HAS_SCALE = 0x0008;
    static final int MORE_COMPONENTS = 0x0020;
    private static final int HAS_XY_SCALE = 0x0040;
    private static final int HAS_TWO_BY_TWO = 0x0080;

    private final FontData glyf;
    private final FontData loca;
    private final boolean longOffsets;

    GlyfOutlines(Sfnt font) {
        this.glyf = font.slice("glyf");
        this.loca = font.slice("loca");
        this.longOffsets = Bytes.s16(font.table("head"), 50) == 1;
    }

    /** Where the glyph's outline starts in {@code glyf}; the next glyph's start is where it ends. */
    private int start(int glyph) {
        return longOffsets ? (int) loca.u32(4 * glyph) : 2 * loca.u16(2 * glyph);
    }

    /** The glyph's bounding box in font units (xMin, yMin, xMax, yMax), or null for a glyph with no outline. */
    int[] box(int glyph) {
        int start = start(glyph);
        if (start(glyph + 1) == start) {
            return null;
        }
        return new int[] {glyf.s16(start + 2), glyf.s16(start + 4), glyf.s16(start + 6), glyf.s16(start + 8)};
    }

    /** The glyphs plus every component their composites need, appended in order of discovery. */
    int[] withComponents(int[] glyphs) {
        return withComponents(glyphs, new int[0]);
    }

    /**
     * The glyphs plus every component their composites and those of {@code alsoFor} need: the
     * half forms of {@code alsoFor} come after these and share their components.
     */
    int[] withComponents(int[] glyphs, int[] alsoFor) {
        List<Integer> order = new ArrayList<>();
        Map<Integer, Integer> seen = new HashMap<>();
        for (int glyph : glyphs) {
            if (seen.putIfAbsent(glyph, order.size()) == null) {
                order.add(glyph);
            }
        }
        List<Integer> pending = new ArrayList<>(order);
        for (int glyph : alsoFor) {
            pending.add(glyph);
        }
        for (int i = 0; i < pending.size(); i++) {
            for (int component : components(pending.get(i))) {
                if (seen.putIfAbsent(component, order.size()) == null) {
                    order.add(component);
                    pending.add(component);
                }
            }
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The glyph's outline moved by {@code dx} font units (see {@link GlyfShift}), or null if it cannot be. */
    byte[] shifted(int glyph, int dx) {
        return GlyfShift.shift(outline(glyph), dx);
    }

    private byte[] outline(int glyph) {
        return glyf.copy(start(glyph), start(glyph + 1));
    }

    private List<Integer> components(int glyph) {
        List<Integer> components = new ArrayList<>();
        int start = start(glyph);
        if (start(glyph + 1) == start || glyf.s16(start) >= 0) {
            return components;
        }
        int at = start + 10;
        int flags;
        do {
            flags = glyf.u16(at);
            components.add(glyf.u16(at + 2));
            at += 4 + componentArgumentsLength(flags);
        } while ((flags & MORE_COMPONENTS) != 0);
        return components;
    }

    static int componentArgumentsLength(int flags) {
        int length = (flags & ARGS_ARE_WORDS) != 0 ? 4 : 2;
        if ((flags & HAS_SCALE) != 0) {
            length += 2;
        } else if ((flags & HAS_XY_SCALE) != 0) {
            length += 4;
        } else if ((flags & HAS_TWO_BY_TWO) != 0) {
            length += 8;
        }
        return length;
    }

    /** {glyf, loca (long offsets)} holding {@code glyphs} as 0, 1, 2…; components must be among them. */
    byte[][] subset(int[] glyphs) {
        return subset(glyphs, new byte[glyphs.length][]);
    }

    /**
     * The same, glyph i drawn by {@code outlines[i]} where that is not null: a half form, whose
     * source glyph comes earlier in {@code glyphs}, and whose components are renumbered as its source's.
     */
    byte[][] subset(int[] glyphs, byte[][] outlines) {
        Map<Integer, Integer> newIndex = new HashMap<>();
        for (int i = 0; i < glyphs.length; i++) {
            newIndex.putIfAbsent(glyphs[i], i);
        }
        Bytes.Out out = new Bytes.Out();
        Bytes.Out offsets = new Bytes.Out();
        for (int i = 0; i < glyphs.length; i++) {
            offsets.u32(out.size());
            byte[] outline = outlines[i] != null ? outlines[i].clone() : outline(glyphs[i]);
            if (outline.length > 0 && Bytes.s16(outline, 0) < 0) {
                renumberComponents(outline, newIndex);
            }
            out.bytes(outline).pad4();
        }
        offsets.u32(out.size());
        return new byte[][] {out.toByteArray(), offsets.toByteArray()};
    }

    private static void renumberComponents(byte[] outline, Map<Integer, Integer> newIndex) {
        int at = 10;
        int flags;
        do {
            flags = Bytes.u16(outline, at);
            int component = newIndex.get(Bytes.u16(outline, at + 2));
            outline[at + 2] = (byte) (component >>> 8);
            outline[at + 3] = (byte) component;
            at += 4 + componentArgumentsLength(flags);
        } while ((flags & MORE_COMPONENTS) != 0);
    }
}
