/**
 * What every renderer shares: the {@link press.render.Renderer} contract, output formats, the
 * variant's style sheet (style is data, read from the template folder), the bundled fonts and
 * the official labels both formats print.
 */
package press.render;
