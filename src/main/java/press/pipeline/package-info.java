/**
 * The render pipeline, one direction: catalogue lookup, schema validation, template, markup
 * reader, renderer. The command line and the HTTP service both go through
 * {@link press.pipeline.BulletinPress}; nothing below this package knows about either.
 */
package press.pipeline;
