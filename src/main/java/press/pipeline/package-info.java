/**
 * The render pipeline, one direction: catalogue lookup, schema validation, template, markup
 * reader, layout and writer, archive. The command line and the HTTP service decode requests
 * with {@link press.pipeline.RequestDecoder} and go through {@link press.pipeline.Press}; nothing
 * below this package knows about either. {@link press.pipeline.ReloadingPress} is the service's
 * press: the templates folder loaded again when it changes, served only once it passes.
 */
package press.pipeline;
