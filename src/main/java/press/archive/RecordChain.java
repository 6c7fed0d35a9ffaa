package press.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain over the records: record n (its sequence number, gapless from 1) stores
 * SHA-256(link of record n − 1 ‖ SHA-256 of its own content), record 1 chaining from 32 zero
 * bytes. A deleted record leaves a gap in the numbers and a link that no longer follows; an
 * altered one, a link that no longer matches its content. The content is every stored field, id
 * and sequence number included, each as its UTF-8 length and bytes, so no two records encode
 * alike; a record with an OFD-A copy adds the copy's hash and size after its text, and a record
 * made with phrases (schema version 6) the phrases' hash after that. This encoding
 * is part of the archive's data format: changing it breaks every chain.
 */
final class RecordChain {

    /** The link before the first record. */
    static final String GENESIS = "0".repeat(64);
    /** What the chain hashes of a record, as {@code ArchiveRows.document} reads it. */
    static final String COLUMNS = "d.id, d.template, d.variant, d.format, d.title, d.region, d.period, d.issuer, "
            + "d.issued, d.created_at, d.sha256, d.size, d.supersedes, NULL AS superseded_by, d.data, d.text";
    /** What the chain hashes since schema version 3, the OFD-A copy's hash and size with the rest. */
    static final String WITH_OFD = COLUMNS + ", d.ofd_sha256, d.ofd_size";
    /** What the chain hashes since schema version 6: the phrases' hash too. */
    static final String WITH_PHRASES = WITH_OFD + ", d.phrases_sha256";
    private static final byte[] VERSION = "bulletin-press archive record 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final HexFormat HEX = HexFormat.of();

    private RecordChain() {
    }

    /** The link of record {@code seq} after {@code previous}: what its chain column holds. */
    static String link(String previous, long seq, ArchivedDocument record) {
        MessageDigest content = sha256();
        content.update(VERSION);
        field(content, Long.toString(seq));
        field(content, Long.toString(record.id()));
        for (String value : new String[] {record.template(), record.variant(), record.format(), record.title(),
                record.region(), record.period(), record.issuer(), record.issued(), record.createdAt(), record.sha256()}) {
            field(content, value);
        }
        field(content, Long.toString(record.size()));
        field(content, record.supersedes() == null ? null : Long.toString(record.supersedes()));
        field(content, record.data());
        field(content, record.text());
        if (record.hasOfd()) {
            // only a record with an OFD-A copy hashes more, so every link made before stays as it was
            field(content, "ofd");
            field(content, record.ofdSha256());
            field(content, Long.toString(record.ofdSize()));
        }
        if (record.phrasesSha256() != null) {
            // likewise only a record made with phrases: the links of the records from before stay valid
            field(content, "phrases");
            field(content, record.phrasesSha256());
        }
        MessageDigest link = sha256();
        link.update(HEX.parseHex(previous));
        link.update(content.digest());
        return HEX.formatHex(link.digest());
    }

    private static void field(MessageDigest digest, String value) {
        if (value == null) {
            digest.update((byte) '-');
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * Inserts {@code draft} (its id, creation time and predecessor decided) as the next record of
     * the chain. The caller makes sure no other append runs at once: SQLite by its one writer,
     * PostgreSQL by an advisory lock; a unique index on the number refuses what slips through.
     */
    static void append(Connection db, ArchivedDocument draft) throws SQLException {
        long seq = 1;
        String previous = GENESIS;
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("SELECT seq, chain FROM "
                + "documents WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1")) {
            if (rs.next()) {
                seq = rs.getLong(1) + 1;
                previous = rs.getString(2);
            }
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO documents (id, seq, chain, template, variant, "
                + "format, title, region, period, issuer, issued, created_at, sha256, size, supersedes, data, text, "
                + "ofd_sha256, ofd_size, phrases_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            insert.setLong(i++, draft.id());
            insert.setLong(i++, seq);
            insert.setString(i++, link(previous, seq, draft));
            for (String value : new String[] {draft.template(), draft.variant(), draft.format(), draft.title(),
                    draft.region(), draft.period(), draft.issuer(), draft.issued(), draft.createdAt(), draft.sha256()}) {
                insert.setString(i++, value);
            }
            insert.setLong(i++, draft.size());
            if (draft.supersedes() == null) {
                insert.setNull(i++, Types.BIGINT);
            } else {
                insert.setLong(i++, draft.supersedes());
            }
            insert.setString(i++, draft.data());
            insert.setString(i++, draft.text());
            insert.setString(i++, draft.ofdSha256());
            if (draft.ofdSize() == null) {
                insert.setNull(i++, Types.BIGINT);
            } else {
                insert.setLong(i++, draft.ofdSize());
            }
            insert.setString(i, draft.phrasesSha256());
            insert.executeUpdate();
        }
    }

    /**
     * The migration that brings the chain to an archive that had none: its records, in the order
     * of their ids (which is the order they were archived in), numbered from 1 and chained. Run in
     * the migration's transaction, with the rule against UPDATE lifted for it.
     */
    static void chainExisting(Connection db) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("SELECT id FROM documents "
                + "ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        String previous = GENESIS;
        long seq = 0;
        try (PreparedStatement read = db.prepareStatement("SELECT " + COLUMNS + " FROM documents d WHERE d.id = ?");
             PreparedStatement write = db.prepareStatement("UPDATE documents SET seq = ?, chain = ? WHERE id = ?")) {
            for (long id : ids) {
                read.setLong(1, id);
                ArchivedDocument record;
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    record = ArchiveRows.document(rs, true);
                }
                previous = link(previous, ++seq, record);
                write.setLong(1, seq);
                write.setString(2, previous);
                write.setLong(3, id);
                write.executeUpdate();
            }
        }
    }
}
