package press.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The archive's queries: listings, full-text and short-term search, and rows into records. */
final class ArchiveRows {

    /** A record's columns, and the record that supersedes it, if any. */
    static final String COLUMNS = "d.id, d.template, d.variant, d.format, d.title, d.region, d.period, d.issuer, "
            + "d.issued, d.created_at, d.sha256, d.size, d.supersedes, "
            + "(SELECT MAX(n.id) FROM documents n WHERE n.supersedes = d.id) AS superseded_by, d.ofd_sha256, d.ofd_size, "
            + "d.phrases_sha256";
    /** FTS5's trigram tokenizer finds nothing shorter than this. */
    static final int TRIGRAM = 3;
    private static final int SNIPPET_CONTEXT = 12;

    private ArchiveRows() {
    }

    static ArchivedDocument document(ResultSet rs, boolean withContent) throws SQLException {
        long supersedes = rs.getLong("supersedes");
        boolean noSupersedes = rs.wasNull();
        long supersededBy = rs.getLong("superseded_by");
        boolean notSuperseded = rs.wasNull();
        boolean ofd = hasColumn(rs, "ofd_sha256") && rs.getString("ofd_sha256") != null;
        Long ofdSize = ofd ? rs.getLong("ofd_size") : null;
        String phrases = hasColumn(rs, "phrases_sha256") ? rs.getString("phrases_sha256") : null;
        return new ArchivedDocument(rs.getLong("id"), rs.getString("template"), rs.getString("variant"),
                rs.getString("format"), rs.getString("title"), rs.getString("region"), rs.getString("period"),
                rs.getString("issuer"), rs.getString("issued"), rs.getString("created_at"), rs.getString("sha256"),
                rs.getLong("size"), noSupersedes ? null : supersedes, notSuperseded ? null : supersededBy,
                withContent ? rs.getString("data") : "", withContent ? rs.getString("text") : "",
                ofd ? rs.getString("ofd_sha256") : null, ofdSize, phrases);
    }

    /** Whether the row carries a later version's column: the migration to version 2 reads rows from before them. */
    private static boolean hasColumn(ResultSet rs, String name) throws SQLException {
        var meta = rs.getMetaData();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            if (meta.getColumnLabel(c).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** One record with its data and text, if there is one of that id. */
    static Optional<ArchivedDocument> find(Connection db, long id) {
        try (PreparedStatement query = db.prepareStatement("SELECT " + COLUMNS + ", d.data, d.text FROM documents d "
                + "WHERE d.id = ?")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(document(rs, true)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read archive record " + id, e);
        }
    }

    static ArchivePage list(Connection db, String columns, ArchiveQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<String> values = new ArrayList<>();
        if (query.template() != null) {
            where.append(" AND d.template = ?");
            values.add(query.template());
        }
        if (query.region() != null) {
            where.append(" AND d.region = ?");
            values.add(query.region());
        }
        if (query.periodFrom() != null) {
            where.append(" AND d.period >= ?");
            values.add(query.periodFrom());
        }
        if (query.periodTo() != null) {
            where.append(" AND d.period <= ?");
            values.add(query.periodTo());
        }
        if (!query.includeSuperseded()) {
            where.append(" AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.supersedes = d.id)");
        }
        if (!query.includeWithdrawn()) {
            where.append(Withdrawals.NOT_WITHDRAWN);
        }
        try {
            long total;
            try (PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM documents d" + where)) {
                bind(count, values);
                try (ResultSet rs = count.executeQuery()) {
                    total = rs.next() ? rs.getLong(1) : 0;
                }
            }
            List<ArchivedDocument> records = new ArrayList<>();
            try (PreparedStatement select = db.prepareStatement("SELECT " + columns + " FROM documents d" + where
                    + " ORDER BY d.id DESC LIMIT ? OFFSET ?")) {
                bind(select, values);
                select.setInt(values.size() + 1, query.limit());
                select.setInt(values.size() + 2, query.offset());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        records.add(document(rs, false));
                    }
                }
            }
            return new ArchivePage(records, total, query.limit(), query.offset());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the archive", e);
        }
    }

    static List<SearchHit> search(Connection db, String columns, String terms, int limit) {
        List<String> words = SearchTerms.words(terms);
        if (words.isEmpty()) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        // FTS5's trigrams find words of three characters or more; a shorter word is looked for as a substring
        boolean trigrams = words.stream().allMatch(word -> word.codePointCount(0, word.length()) >= TRIGRAM);
        String sql = trigrams
                ? "SELECT " + columns + ", snippet(documents_text, 1, '«', '»', '…', " + SNIPPET_CONTEXT + ") AS snippet "
                        + "FROM documents_text JOIN documents d ON d.id = documents_text.rowid "
                        + "WHERE documents_text MATCH ?" + Withdrawals.NOT_WITHDRAWN + " ORDER BY d.id DESC LIMIT ?"
                : "SELECT " + columns + ", d.text FROM documents d WHERE " + SearchTerms.conditions(words.size(), "LIKE")
                        + Withdrawals.NOT_WITHDRAWN + " ORDER BY d.id DESC LIMIT ?";
        try (PreparedStatement select = db.prepareStatement(sql)) {
            int parameter = 1;
            if (trigrams) {
                select.setString(parameter++, String.join(" ", words.stream()
                        .map(word -> "\"" + word.replace("\"", "\"\"") + "\"").toList()));
            } else {
                parameter = SearchTerms.bind(select, words, parameter);
            }
            select.setInt(parameter, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String snippet = trigrams ? rs.getString("snippet") : snippet(rs.getString("text"), words.get(0));
                    hits.add(new SearchHit(document(rs, false), snippet));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot search the archive: " + e.getMessage(), e);
        }
        return hits;
    }

    /** The first occurrence in «», with some characters around it; Latin letters match in either case, as the search does. */
    static String snippet(String text, String term) {
        int at = -1;
        for (int i = 0; i + term.length() <= text.length() && at < 0; i++) {
            at = text.regionMatches(true, i, term, 0, term.length()) ? i : -1;
        }
        if (at < 0) {
            return "";
        }
        int from = Math.max(0, at - SNIPPET_CONTEXT);
        int to = Math.min(text.length(), at + term.length() + SNIPPET_CONTEXT);
        return (from > 0 ? "…" : "") + text.substring(from, at) + "«" + text.substring(at, at + term.length()) + "»"
                + text.substring(at + term.length(), to)
                + (to < text.length() ? "…" : "");
    }

    /** A LIKE pattern that finds {@code term} anywhere, its own %, _ and backslash taken literally. */
    static String anywhere(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static void bind(PreparedStatement statement, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(i + 1, values.get(i));
        }
    }
}
