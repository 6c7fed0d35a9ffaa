/**
 * The PDF renderer, on OpenPDF: page geometry and page numbers, CJK text with font fallback
 * and 避头尾 line breaking, tables with repeated headers and landscape pages, and the closing
 * block set on the bottom of the last page.
 */
package press.render.pdf;
