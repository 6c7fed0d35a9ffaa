package press.render.style;

import java.util.List;

/**
 * A style sheet's print palette for charts: the fills series and slices take in turn, as RGB
 * colours, each with its hatching (an angle in degrees, or none). The default is greys that
 * stay apart in black-and-white print, hatched from the third on.
 */
public record ChartStyle(List<Integer> fills, List<Hatch> hatches) {

    /** Lines across a fill at {@code degrees}, or none. */
    public record Hatch(boolean drawn, float degrees) {

        public static final Hatch NONE = new Hatch(false, 0);

        public static Hatch at(float degrees) {
            return new Hatch(true, degrees);
        }
    }

    public static final ChartStyle DEFAULT = new ChartStyle(
            List.of(0x404040, 0x9E9E9E, 0xFFFFFF, 0xD9D9D9, 0x737373, 0xFFFFFF),
            List.of(Hatch.NONE, Hatch.NONE, Hatch.at(45), Hatch.at(-45), Hatch.at(0), Hatch.at(90)));

    public ChartStyle {
        fills = List.copyOf(fills);
        hatches = List.copyOf(hatches);
        if (fills.isEmpty() || fills.size() != hatches.size()) {
            throw new IllegalArgumentException("a chart palette has fills and as many hatchings");
        }
    }

    /** The fill of series or slice {@code index}, the palette repeating. */
    public int fill(int index) {
        return fills.get(index % fills.size());
    }

    public Hatch hatch(int index) {
        return hatches.get(index % hatches.size());
    }

    /** Whether a label on fill {@code index} is set in white. */
    public boolean dark(int index) {
        int rgb = fill(index);
        double luminance = 0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
        return luminance < 128;
    }
}
