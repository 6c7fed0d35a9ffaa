package press.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import press.drafts.DraftKey;
import press.drafts.RegisterEntry;

/**
 * The 发文字号 register's rows: a number is the highest of its issuer and year plus one,
 * inserted under the primary key (issuer, year, number); when another node inserted that number
 * first the key refuses the row and the next is tried, so numbers stay consecutive, without
 * gaps and without locks. A draft keeps the number it was given.
 */
final class RegisterRows {

    /** Two nodes signing at once: each loser reads the highest number again. */
    private static final int ATTEMPTS = 1000;
    private static final String KEY = "kind = ? AND region = ? AND period = ?";

    private RegisterRows() {
    }

    static int number(Connection db, String issuer, int year, DraftKey key, String person) throws SQLException {
        try (PreparedStatement given = db.prepareStatement("SELECT number FROM document_numbers WHERE issuer = ? AND "
                + "year = ? AND " + KEY)) {
            given.setString(1, issuer);
            given.setInt(2, year);
            DraftRows.bind(given, key, 3);
            try (ResultSet rs = given.executeQuery()) {
                if (rs.next()) {
                    return rs.getInt(1);
                }
            }
        }
        for (int attempt = 1; ; attempt++) {
            int next;
            try (PreparedStatement highest = db.prepareStatement("SELECT COALESCE(MAX(number), 0) + 1 FROM "
                    + "document_numbers WHERE issuer = ? AND year = ?")) {
                highest.setString(1, issuer);
                highest.setInt(2, year);
                try (ResultSet rs = highest.executeQuery()) {
                    rs.next();
                    next = rs.getInt(1);
                }
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO document_numbers (issuer, year, number, "
                    + "kind, region, period, assigned_at, assigned_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, issuer);
                insert.setInt(2, year);
                insert.setInt(3, next);
                int p = DraftRows.bind(insert, key, 4);
                insert.setString(p++, DraftRows.now());
                insert.setString(p, person);
                insert.executeUpdate();
                return next;
            } catch (SQLException e) {
                if (!DraftRows.taken(e) || attempt == ATTEMPTS) {
                    throw e;
                }
                // another node took this number at the same moment: the next one is ours to try
            }
        }
    }

    static List<RegisterEntry> all(Connection db) throws SQLException {
        List<RegisterEntry> entries = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT issuer, year, number, kind, region, period, "
                + "assigned_at, assigned_by FROM document_numbers ORDER BY issuer, year, number");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                entries.add(new RegisterEntry(rs.getString(1), rs.getInt(2), rs.getInt(3), new DraftKey(rs.getString(4),
                        rs.getString(5), rs.getString(6)), rs.getString(7), rs.getString(8)));
            }
        }
        return entries;
    }

    static boolean copy(Connection db, RegisterEntry entry) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO document_numbers (issuer, year, number, "
                + "kind, region, period, assigned_at, assigned_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, entry.issuer());
            insert.setInt(2, entry.year());
            insert.setInt(3, entry.number());
            int p = DraftRows.bind(insert, entry.key(), 4);
            insert.setString(p++, entry.assignedAt());
            insert.setString(p, entry.assignedBy());
            return DraftRows.insertedUnlessTaken(insert);
        }
    }
}
