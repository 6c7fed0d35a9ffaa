/**
 * The DOCX writer, on docx4j: the same laid-out document and style sheet as the PDF, written as
 * named Word styles (so an office can restyle in Word), one section per appendix (landscape
 * where the PDF turns the page), tables with merged and repeated header rows, the closing block
 * in the flow where the page stage puts it, page numbers as PAGE fields, and optionally the
 * bundled fonts embedded as obfuscated subsets, each named after its own bytes.
 */
package press.render.docx;
