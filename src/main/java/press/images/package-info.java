/**
 * Images a document carries (figures, seals), read from data URIs, checked against size limits
 * on the file's own structure before they are decoded, then written again, so no byte a user
 * sent reaches a document; used by the data check (for the fields the schema marks as images,
 * to refuse at the JSON path) and by the markup reader (to build the model). The work obeys its
 * thread's interrupt, so an abandoned render frees its worker.
 */
package press.images;
