/**
 * Deflate streams for font programs, shared by the PDF and OFD writers: one fixed Huffman code
 * per CFF source, each glyph's charstring coded once per process and appended to every later
 * program that embeds it (a PDF's FlateDecode stream, an OFD package's font entry).
 */
package press.render.deflate;
