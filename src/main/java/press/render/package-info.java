/**
 * Rendering: the {@link press.render.Renderer} contract and the output formats. Beneath it,
 * the style sheet ({@code style}), the format-neutral layout step ({@code layout}) and one
 * writer per format ({@code pdf}, {@code docx}) that draws what the layout decided.
 */
package press.render;
