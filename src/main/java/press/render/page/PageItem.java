package press.render.page;

/** Something placed on a page, tied to the structure element it belongs to or marked an artifact. */
public sealed interface PageItem permits TextLine, Rule, Box, PlacedImage, PlacedChart, VectorPath {

    Tag tag();
}
