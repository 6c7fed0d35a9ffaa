package press.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import press.archive.ArchiveStore;
import press.archive.AuditEvent;
import press.archive.AuditQuery;
import press.failure.Failure;
import press.failure.Reason;
import press.people.Role;

/**
 * {@code GET /audit} for a 管理员: the audit trail, newest first, filtered by {@code person},
 * {@code action}, {@code from} and {@code to} (an instant, 2026-12-08T01:00:00Z, or a day,
 * 2026-12-08, whole, in UTC); as CSV with {@code ?format=csv} or at {@code /audit.csv}.
 */
final class AuditEndpoint {

    private static final int DEFAULT_LIMIT = 1000;

    private final ArchiveStore archive;
    private final ArchiveAccess access;

    AuditEndpoint(ArchiveStore archive, ArchiveAccess access) {
        this.archive = archive;
        this.access = access;
    }

    void json(Context ctx) {
        if ("csv".equals(ctx.queryParam("format"))) {
            csv(ctx);
            return;
        }
        access.requireReader(ctx, Role.ADMIN);
        List<AuditEvent> events = archive.audit().read(query(ctx));
        Responses.json(ctx, 200, Map.of("events", events.stream().map(AuditEndpoint::event).toList()));
    }

    void csv(Context ctx) {
        access.requireReader(ctx, Role.ADMIN);
        StringBuilder csv = new StringBuilder("\uFEFFtime,person,address,action,subject,sha256,detail\r\n");
        for (AuditEvent event : archive.audit().read(query(ctx))) {
            csv.append(String.join(",", List.of(event.at().toString(), cell(event.person()), cell(event.address()),
                    cell(event.action()), cell(event.subject()), cell(event.sha256()), cell(event.detail())))).append("\r\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        ctx.status(200);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"audit.csv\"");
        ctx.header("Content-Length", Integer.toString(bytes.length));
        ctx.result(bytes);
    }

    /** A CSV cell, quoted; one a spreadsheet would take for a formula (=, +, -, @) is kept as text. */
    static String cell(String value) {
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static Map<String, Object> event(AuditEvent event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("time", event.at().toString());
        json.put("person", event.person());
        json.put("address", event.address());
        json.put("action", event.action());
        json.put("subject", event.subject());
        json.put("sha256", event.sha256());
        json.put("detail", event.detail());
        return json;
    }

    private static AuditQuery query(Context ctx) {
        int limit = DEFAULT_LIMIT;
        String asked = ctx.queryParam("limit");
        if (asked != null) {
            try {
                limit = Math.max(1, Math.min(AuditQuery.MAX_LIMIT, Integer.parseInt(asked)));
            } catch (NumberFormatException e) {
                throw new Failure(Reason.INVALID_QUERY, "'limit' must be a whole number, not '" + asked + "'");
            }
        }
        try {
            return new AuditQuery(blankless(ctx.queryParam("person")), blankless(ctx.queryParam("action")),
                    time(ctx, "from", false), time(ctx, "to", true), limit);
        } catch (IllegalArgumentException e) {
            throw new Failure(Reason.INVALID_QUERY, e.getMessage());
        }
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** An instant, or a day taken whole: from its first millisecond, to its last. */
    private static Instant time(Context ctx, String name, boolean end) {
        String value = blankless(ctx.queryParam(name));
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(value);
                return end ? day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1)
                        : day.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new Failure(Reason.INVALID_QUERY, "'" + name + "' is a time (2026-12-08T01:00:00Z) or a day (2026-12-08), "
                    + "not '" + value + "'", List.of(Map.of("field", name)));
        }
    }
}
