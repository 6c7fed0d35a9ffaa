/**
 * The archive of published bulletins: PDF files named by their SHA-256 under the data
 * directory, and one SQLite database (WAL) of records with a trigram full-text index.
 * Append-only; every file is verified when it is read; an integrity check runs at start.
 */
package press.archive;
