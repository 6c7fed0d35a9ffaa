/**
 * Reading and subsetting OpenType fonts (CFF or TrueType outlines), for the renderers.
 *
 * <p>Each bundled font is parsed once; per document, a compact subset holding just the
 * characters it uses is cut out, glyphs renumbered. Renderers embed those subsets: OpenPDF's own
 * CFF subsetter keeps a slot for every glyph of the font (10 000 in a Fandol font, 44 000 in
 * the fallback), which costs more than the glyphs themselves, and DOCX embedding needs subsets
 * of both outline formats, which no Java library writes for CFF.
 *
 * <p>A PDF's subset may also carry half-width forms of full-width marks, appended after the
 * other glyphs: where line composition sets a mark in half an em, a glyph of that advance keeps
 * its box from reaching over the next glyph, where text extraction would break the line.
 *
 * <p>A CFF subset's program also says where each of its charstrings lies and which are a source
 * glyph's copied unchanged ({@link press.fonts.opentype.CharStringPlaces}), so that a writer can
 * compress a glyph once for every document that embeds it.
 */
package press.fonts.opentype;
