package press.archive;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work on the archive's database in one transaction: the SQLite archive on its one
 * connection, one thread at a time; PostgreSQL on a pooled connection. What the office's rows
 * beside the records (accounts, sessions, audit, withdrawals) are read and appended through, so
 * that their SQL is written once for both.
 */
interface Transactions {

    /** A piece of work on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Connection db) throws SQLException;
    }

    /** The work's result, committed; {@code doing} names it in a failure. */
    <T> T run(String doing, Work<T> work);
}
