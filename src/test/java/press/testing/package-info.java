/** Test helpers: shared fixtures and pipeline, golden files, reading PDFs back, the seed's content units. */
package press.testing;
