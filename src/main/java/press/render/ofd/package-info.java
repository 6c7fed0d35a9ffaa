/**
 * The OFD writer (GB/T 33190-2016, and OFD-A after GB/T 42133-2022 for the archive): draws the
 * page model — the same pages the PDF painter draws — as an OFD package written by us, its XML
 * through the JDK's StAX writer: a TextObject per glyph run with every glyph's position given
 * ({@code DeltaX}), PathObjects for rules, borders, tints and chart vectors, ImageObjects for
 * seals and pictures, the outline, the structure as custom tags, each font embedded as the
 * document's subset. It decides nothing of what is printed where. Units are millimetres, y
 * growing downwards from the page's top, as in the page model (which counts points).
 */
package press.render.ofd;
