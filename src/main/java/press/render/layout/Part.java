package press.render.layout;

/** One element of a section in reading order, as the writers draw it. */
public sealed interface Part
        permits TextParagraph, MastheadLine, HeadPart, GridSnap, SignatureBlock, LaidOutTable, LaidOutFigure, LaidOutChart, ClosingBlock,
        NewPage {
}
