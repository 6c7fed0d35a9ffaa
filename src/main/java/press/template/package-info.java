/**
 * From the month's data to bulletin markup: the template catalogue read from
 * {@code templates/<kind>/}, JSON Schema validation with errors by JSON path, and the one
 * sandboxed FreeMarker configuration that turns data into markup.
 */
package press.template;
