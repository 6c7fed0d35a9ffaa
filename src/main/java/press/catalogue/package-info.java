/**
 * The template catalogue: the bulletin kinds under {@code templates/<kind>/}, their variants and
 * files, and the names that may be asked for — lower-case words joined by hyphens, never a path.
 */
package press.catalogue;
