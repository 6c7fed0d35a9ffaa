/**
 * The PDF writer, on OpenPDF: draws a laid-out document — page geometry and page numbers,
 * paragraphs composed into lines by {@link press.render.compose} and placed as they are, tables
 * with repeated headers on landscape pages where the layout turns them, and the closing block
 * set on the bottom of the last page.
 */
package press.render.pdf;
