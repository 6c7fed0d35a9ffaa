package press.archive;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Withdrawals as append-only rows of {@code archive_withdrawals}, at most one per record (the
 * record's id is the key): withdrawing is never undone, and a withdrawal changes nothing of the
 * record or its place in the hash chain.
 */
public final class Withdrawals {

    /** The condition a listing adds to leave withdrawn records out; {@code d} is the record. */
    static final String NOT_WITHDRAWN = " AND NOT EXISTS (SELECT 1 FROM archive_withdrawals w WHERE w.document_id = d.id)";

    private final Transactions db;

    Withdrawals(Transactions db) {
        this.db = db;
    }

    /**
     * Withdraws the record unless it is withdrawn already; the withdrawal that holds: this very
     * one, or the earlier one (of two nodes withdrawing at once, the first to commit).
     */
    public Withdrawal withdraw(Withdrawal withdrawal) {
        return db.run("cannot record the withdrawal of record " + withdrawal.documentId(), c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO archive_withdrawals (document_id, "
                    + "withdrawn_at, withdrawn_by, reason) VALUES (?, ?, ?, ?) ON CONFLICT (document_id) DO NOTHING")) {
                insert.setLong(1, withdrawal.documentId());
                insert.setLong(2, withdrawal.at().toEpochMilli());
                insert.setString(3, withdrawal.by());
                insert.setString(4, withdrawal.reason());
                if (insert.executeUpdate() == 1) {
                    return withdrawal;
                }
            }
            return find(c, withdrawal.documentId()).orElseThrow();
        });
    }

    public Optional<Withdrawal> find(long documentId) {
        return db.run("cannot read the withdrawals", c -> find(c, documentId));
    }

    /** Every withdrawal, oldest first: what a backup copies. */
    public List<Withdrawal> all() {
        return db.run("cannot read the withdrawals", c -> {
            List<Withdrawal> all = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT document_id, withdrawn_at, withdrawn_by, reason "
                    + "FROM archive_withdrawals ORDER BY withdrawn_at, document_id");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    all.add(new Withdrawal(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                            rs.getString(4)));
                }
            }
            return all;
        });
    }

    private static Optional<Withdrawal> find(java.sql.Connection c, long documentId) throws java.sql.SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT withdrawn_at, withdrawn_by, reason FROM "
                + "archive_withdrawals WHERE document_id = ?")) {
            query.setLong(1, documentId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(new Withdrawal(documentId, Instant.ofEpochMilli(rs.getLong(1)),
                        rs.getString(2), rs.getString(3))) : Optional.empty();
            }
        }
    }
}
