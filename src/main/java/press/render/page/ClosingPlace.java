package press.render.page;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import press.render.layout.EmBox;

/**
 * Where the page stage put the closing block (版记), for a flow format that must break its pages
 * the same way: on page {@code page} (1-based), alone on it ({@code ownPage}: after a page break,
 * where the sheet wants an even page or after landscape pages) or under the last of the body,
 * {@code gap} points of blank between the two (or above it, alone); {@code numbered} whether that page prints its
 * number; {@code blankBefore} whether an empty page goes before it (the even-page rule).
 */
public record ClosingPlace(int page, boolean ownPage, float gap, boolean numbered, boolean blankBefore) {

    public ClosingPlace {
        if (page < 1 || gap < 0) {
            throw new IllegalArgumentException("the closing block is on a page, below what is above it");
        }
    }

    /** The closing block's place in {@code document}, if it has one; {@code textTop}: where the text block starts on a page. */
    public static Optional<ClosingPlace> of(PagedDocument document, float textTop) {
        Set<Integer> closing = new HashSet<>();
        List<StructureElement> structure = document.structure();
        for (int i = 0; i < structure.size(); i++) {
            if (structure.get(i).role().equals("closing")) {
                closing.add(i);
            }
        }
        List<Page> pages = document.pages();
        for (int p = pages.size() - 1; p >= 0; p--) {
            Float top = null;
            float above = -1;
            for (PageItem item : pages.get(p).items()) {
                if (item.tag() instanceof Tag.Content content && closing.contains(content.element())) {
                    TextLine line = (TextLine) item;
                    float size = line.runs().get(0).size();
                    float lineTop = line.baseline() - EmBox.ASCENT * size;
                    top = top == null ? lineTop : Math.min(top, lineTop);
                } else if (item.tag() instanceof Tag.Content) {
                    above = Math.max(above, bottom(item));
                }
            }
            if (top != null) {
                boolean blank = p > 0 && pages.get(p - 1).items().stream().allMatch(item -> item.tag() instanceof Tag.Artifact);
                return Optional.of(new ClosingPlace(p + 1, above < 0, Math.max(0, top - (above < 0 ? textTop : above)),
                        pages.get(p).numbered(), blank));
            }
        }
        return Optional.empty();
    }

    /** How far down an item of content reaches: a line to its descent. */
    private static float bottom(PageItem item) {
        return switch (item) {
            case TextLine line -> line.baseline() + EmBox.DESCENT * line.runs().stream()
                    .map(GlyphRun::size).max(Float::compare).orElse(0f);
            case Rule rule -> Math.max(rule.y1(), rule.y2());
            case Box box -> box.y() + box.height();
            case PlacedImage image -> image.y() + image.height();
            case PlacedChart chart -> chart.y() + chart.chart().height();
            case VectorPath path -> lowest(path);
        };
    }

    /** The lowest point a path's segments reach (a curve's control points bound it). */
    private static float lowest(VectorPath path) {
        float lowest = 0;
        for (PathSegment segment : path.segments()) {
            lowest = Math.max(lowest, switch (segment) {
                case PathSegment.MoveTo move -> move.y();
                case PathSegment.LineTo line -> line.y();
                case PathSegment.CurveTo curve -> Math.max(curve.y1(), Math.max(curve.y2(), curve.y3()));
                case PathSegment.Close close -> 0;
            });
        }
        return lowest;
    }
}
