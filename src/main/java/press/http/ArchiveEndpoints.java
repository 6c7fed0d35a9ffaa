package press.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import press.archive.ArchivePage;
import press.archive.ArchiveQuery;
import press.archive.ArchiveStore;
import press.archive.ArchivedDocument;
import press.archive.SearchHit;
import press.failure.Failure;
import press.failure.Reason;
import press.people.Role;
import press.pipeline.Format;

/**
 * {@code GET /archive} (filters, newest first, paged), {@code /archive/search?q=},
 * {@code /archive/{id}} and {@code /archive/{id}/file}. There is no way to change or remove
 * a record over HTTP; a withdrawn one ({@link WithdrawalEndpoint}) is left out of listings and
 * search and served to a 管理员 alone.
 */
final class ArchiveEndpoints {

    private static final int MAX_LIMIT = 100;

    private final ArchiveStore archive;
    private final ArchiveAccess access;

    ArchiveEndpoints(ArchiveStore archive, ArchiveAccess access) {
        this.archive = archive;
        this.access = access;
    }

    void list(Context ctx) {
        access.check(ctx);
        ArchiveQuery query;
        try {
            query = new ArchiveQuery(ctx.queryParam("template"), ctx.queryParam("region"), period(ctx, "from"),
                    period(ctx, "to"), "true".equals(ctx.queryParam("all")), clamp(number(ctx, "limit", 50)),
                    number(ctx, "offset", 0));
        } catch (IllegalArgumentException e) {
            throw new Failure(Reason.INVALID_QUERY, e.getMessage());
        }
        ArchivePage page = archive.list(query);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("records", page.records().stream().map(d -> record(d, false)).toList());
        body.put("total", page.total());
        body.put("limit", page.limit());
        body.put("offset", page.offset());
        Responses.json(ctx, 200, body);
    }

    void search(Context ctx) {
        access.check(ctx);
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw new Failure(Reason.MISSING_QUERY, "say what to search for: ?q=…");
        }
        if (q.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw new Failure(Reason.INVALID_QUERY, "the search term holds a control character; search for words");
        }
        List<SearchHit> hits = archive.search(q, clamp(number(ctx, "limit", 20)));
        Responses.json(ctx, 200, Map.of("query", q, "hits", hits.stream().map(hit -> {
            Map<String, Object> item = record(hit.document(), false);
            item.put("snippet", hit.snippet());
            return item;
        }).toList()));
    }

    void get(Context ctx) {
        access.check(ctx);
        ArchivedDocument document = find(ctx);
        Map<String, Object> record = record(document, true);
        archive.withdrawals().find(document.id())
                .ifPresent(withdrawal -> record.put("withdrawn", WithdrawalEndpoint.withdrawal(withdrawal)));
        Responses.json(ctx, 200, record);
    }

    /** The record's file, or with {@code ?format=ofd} the OFD-A copy archived beside it. */
    void file(Context ctx) {
        access.check(ctx);
        ArchivedDocument document = find(ctx);
        String asked = ctx.queryParam("format");
        boolean ofd = asked != null && asked.equals(Format.OFD.extension());
        if (asked != null && !ofd && !asked.equals(document.format())) {
            throw Failure.invalidValue(Reason.INVALID_QUERY, "archive record " + document.id() + " holds " + document.format()
                    + (document.hasOfd() ? " and its OFD-A copy" : "") + ", not " + asked, "format",
                    document.hasOfd() ? List.of(document.format(), Format.OFD.extension()) : List.of(document.format()));
        }
        byte[] bytes = ofd ? archive.ofd(document) : archive.file(document);
        String format = ofd ? Format.OFD.extension() : document.format();
        ctx.status(200);
        ctx.contentType(Format.named(format).orElse(Format.PDF).mediaType());
        ctx.header("ETag", "\"" + (ofd ? document.ofdSha256() : document.sha256()) + "\"");
        ctx.header("Content-Disposition", ContentDisposition.attachment(document.title(), document.period(), format));
        ctx.header("Content-Length", Long.toString(bytes.length));
        ctx.result(bytes);
    }

    /**
     * The record of the path's id. A withdrawn one only for a 管理员: anyone else is told there is
     * no such record, so that a withdrawn record's existence does not leak.
     */
    private ArchivedDocument find(Context ctx) {
        long id = id(ctx).orElseThrow();
        Failure none = new Failure(Reason.NOT_FOUND, "no archive record " + id);
        ArchivedDocument document = archive.find(id).orElseThrow(() -> none);
        if (archive.withdrawals().find(id).isPresent()
                && !access.reader(ctx).map(person -> person.holds(Role.ADMIN)).orElse(false)) {
            throw none;
        }
        return document;
    }

    /** The path's archive id; 400 when it is not a number. */
    static Optional<Long> id(Context ctx) {
        try {
            return Optional.of(Long.parseLong(ctx.pathParam("id")));
        } catch (NumberFormatException e) {
            throw new Failure(Reason.INVALID_ID, "archive ids are numbers, not '" + ctx.pathParam("id") + "'");
        }
    }

    /** A record as JSON; the data and text only when asked for one record. */
    static Map<String, Object> record(ArchivedDocument d, boolean full) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", d.id());
        record.put("template", d.template());
        record.put("variant", d.variant());
        record.put("format", d.format());
        record.put("title", d.title());
        record.put("region", d.region());
        record.put("period", d.period());
        record.put("issuer", d.issuer());
        record.put("issued", d.issued());
        record.put("createdAt", d.createdAt());
        record.put("sha256", d.sha256());
        record.put("size", d.size());
        record.put("supersedes", d.supersedes());
        record.put("supersededBy", d.supersededBy());
        record.put("file", "/archive/" + d.id() + "/file");
        // null for a kind without phrases and for the records archived before the phrases' version was kept
        record.put("phrasesSha256", d.phrasesSha256());
        if (d.hasOfd()) {
            record.put("ofd", Map.of("sha256", d.ofdSha256(), "size", d.ofdSize(), "file", "/archive/" + d.id()
                    + "/file?format=ofd"));
        }
        if (full) {
            record.put("data", Json.MAPPER.readTree(d.data()));
            record.put("text", d.text());
        }
        return record;
    }

    private static String period(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value != null && !isMonth(value)) {
            throw new Failure(Reason.INVALID_QUERY, "'" + name + "' is a period yyyy-MM, not '" + value + "'");
        }
        return value;
    }

    private static boolean isMonth(String value) {
        try {
            return value.matches("\\d{4}-\\d{2}") && java.time.YearMonth.parse(value) != null;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** Limits are 1 to 100: a client never gets the whole archive in one answer. */
    private static int clamp(int limit) {
        return Math.max(1, Math.min(MAX_LIMIT, limit));
    }

    private static int number(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new Failure(Reason.INVALID_QUERY, "'" + name + "' must be a whole number, not '" + value + "'");
        }
    }
}
