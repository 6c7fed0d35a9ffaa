/**
 * From the month's data to bulletin markup: JSON Schema validation with errors by JSON path,
 * the one sandboxed FreeMarker configuration that turns data into markup, a kind's phrases
 * (phrases.json: the wording an office edits, checked against the schema, the figures and the
 * templates when the kind loads), and template errors said where the author wrote them.
 */
package press.template;
