/**
 * The document model: what a bulletin is made of, independent of any file format.
 *
 * <p>Records and sealed interfaces only, importing nothing but {@code java.*}, in the manner of
 * Pandoc's {@code Block}/{@code Inline}. Every constructor validates and copies, so a value that
 * exists is a valid document; nothing here knows about pages, fonts or coordinates.
 */
package press.model;
