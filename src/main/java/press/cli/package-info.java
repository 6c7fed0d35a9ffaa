/**
 * The command line: {@code render} (one document to a file, optionally archived), {@code serve}
 * (the HTTP service), {@code bench} and {@code loadtest} (timings), with the templates and fonts
 * folders found next to the working directory or the jar. Requests are decoded as the service
 * decodes them; failures become an exit code by their reason.
 */
package press.cli;
