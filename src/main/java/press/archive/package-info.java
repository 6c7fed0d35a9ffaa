/**
 * The archive of published bulletins, append-only: SQLite with the PDFs as files named by their
 * SHA-256 (one process per data directory, by a lock), or PostgreSQL with both in the database
 * (the service's role may only read and append). Records are numbered without gaps and
 * hash-chained, so a record deleted or altered behind the archive's back is found by the
 * integrity check, which runs at start and then periodically; every file is verified when read.
 */
package press.archive;
