/**
 * The PDF writer, on OpenPDF: draws a laid-out document — page geometry and page numbers, CJK text
 * broken into lines with 避头尾, tables with repeated headers on landscape pages where the layout
 * turns them, and the closing block set on the bottom of the last page.
 */
package press.render.pdf;
