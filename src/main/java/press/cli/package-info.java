/**
 * The command line: {@code render} (one document to a file), {@code bench} (render timings),
 * with the templates and fonts folders found next to the working directory or the jar.
 */
package press.cli;
