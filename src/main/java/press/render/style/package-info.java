/**
 * A variant's style sheet ({@code <variant>.style.json}): page geometry, page numbers, appendix
 * labels, table and closing-block rules, and a text style for every role. Style is data, read
 * from the template folder; every step after the model reads the same sheet.
 */
package press.render.style;
