package press.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/**
 * The two roles of a PostgreSQL archive: the owner, who creates and migrates the tables, and the
 * service, which may read and append and nothing more. Append-only is a rule of triggers, and
 * whoever owns a table can drop its triggers; so the service must not be the owner, nor a member
 * of it, nor hold UPDATE, DELETE, TRUNCATE or TRIGGER.
 */
final class PostgresGrants {

    /** What the service reads and appends to; the schema table it only reads. */
    static final List<String> APPENDED = Stream.of(Stream.of("documents", "files", "archive_checkpoints"),
            OfficeTables.TABLES.stream(), Stream.of("draft_versions", "draft_events", "document_numbers"))
            .flatMap(tables -> tables).toList();
    static final String SEQUENCE = "documents_id_seq";

    private PostgresGrants() {
    }

    /** Run by the owner: {@code serviceRole} gets exactly SELECT and INSERT, whatever it had. */
    static void grant(Connection db, String serviceRole) throws SQLException {
        String role = serviceRole(db, serviceRole);
        String tables = String.join(", ", APPENDED);
        try (Statement statement = db.createStatement()) {
            statement.execute("REVOKE ALL ON " + tables + ", archive_schema FROM " + role);
            String sequences = String.join(", ", Stream.concat(Stream.of(SEQUENCE), OfficeTables.SEQUENCES.stream()).toList());
            statement.execute("REVOKE ALL ON SEQUENCE " + sequences + " FROM " + role);
            statement.execute("GRANT SELECT, INSERT ON " + tables + " TO " + role);
            statement.execute("GRANT SELECT ON archive_schema TO " + role);
            // nextval for new ids; not UPDATE, which would let it set the sequence back
            statement.execute("GRANT USAGE ON SEQUENCE " + sequences + " TO " + role);
            statement.execute("GRANT USAGE ON SCHEMA " + currentSchema(db) + " TO " + role);
        }
    }

    /** The role as a quoted identifier, if it exists and is not the owner in another guise. */
    private static String serviceRole(Connection db, String name) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT quote_ident(rolname), rolsuper, "
                + "rolname = current_user, pg_has_role(rolname, current_user, 'USAGE') FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("there is no role " + name + " to grant the archive to: create it first "
                            + "(CREATE ROLE " + name + " LOGIN PASSWORD '…')");
                }
                if (rs.getBoolean(2) || rs.getBoolean(3) || rs.getBoolean(4)) {
                    throw new SQLException("the service role " + name + " must be neither the tables' owner, nor a "
                            + "member of it, nor a superuser: any of those can drop the append-only triggers");
                }
                return rs.getString(1);
            }
        }
    }

    private static String currentSchema(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("SELECT quote_ident(current_schema())")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Run by the service at start: refuses a role that could lift the append-only rule, with
     * what to do instead.
     */
    static void requireServiceOnly(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = "
                     + "current_user), bool_or(pg_has_role(current_user, c.relowner, 'USAGE')), "
                     + "bool_or(has_table_privilege(c.oid, 'UPDATE, DELETE, TRUNCATE, TRIGGER')) FROM pg_class c "
                     + "WHERE c.oid IN (" + String.join(", ", APPENDED.stream().map(t -> "'" + t + "'::regclass").toList())
                     + ")")) {
            rs.next();
            String role = rs.getString(1);
            String why = rs.getBoolean(2) ? "is a superuser" : rs.getBoolean(3) ? "owns the archive's tables"
                    : rs.getBoolean(4) ? "holds UPDATE, DELETE, TRUNCATE or TRIGGER on them" : "";
            if (!why.isEmpty()) {
                throw new SQLException("the service's role " + role + " " + why + ", so it could drop the append-only "
                        + "triggers and delete records unseen: connect as a role with only SELECT and INSERT (run "
                        + "init-archive --service-role ROLE as the owner; README: the two roles)");
            }
        }
    }
}
