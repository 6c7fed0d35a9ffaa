/**
 * From the month's data to bulletin markup: JSON Schema validation with errors by JSON path,
 * and the one sandboxed FreeMarker configuration that turns data into markup.
 */
package press.template;
