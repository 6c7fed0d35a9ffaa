/**
 * The page stage: a laid-out, composed document cut into pages. The {@link press.render.page.Paginator}
 * makes every page decision — where paragraphs and tables break, what keeps with what, which
 * pages turn landscape, where the closing block goes and which pages print a number — and
 * places every item at its final position: glyph runs on baselines, rules, boxes, images and
 * charts, each tied to the structure element it belongs to or marked an artifact, with the
 * outline beside them. Painters only draw these pages. Positions are points from the sheet's
 * top left corner, y growing downwards.
 */
package press.render.page;
