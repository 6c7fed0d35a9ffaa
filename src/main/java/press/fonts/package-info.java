/**
 * The bundled fonts: the manifest's font roles with their fallback chains, which face draws
 * each character (with 避头尾 punctuation kept in its neighbour's face), natural widths, and
 * compact per-document subsets. Fonts know characters and faces, never text styles or pages;
 * the OpenType parser and subsetter live in {@code press.fonts.opentype}.
 */
package press.fonts;
