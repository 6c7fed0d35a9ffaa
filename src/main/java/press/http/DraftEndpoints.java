package press.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import press.drafts.DraftEvent;
import press.drafts.DraftKey;
import press.drafts.DraftState;
import press.drafts.DraftSummary;
import press.drafts.DraftVersion;
import press.failure.Failure;
import press.failure.Reason;
import press.people.Person;
import press.pipeline.JsonInput;
import press.pipeline.Published;
import press.procedure.Procedure;
import tools.jackson.databind.JsonNode;

/**
 * Drafts on the server, {@code /drafts/{kind}/{region}/{period}}: {@code PUT} saves the month's
 * data as the next version, {@code GET} reads the latest (with its state and the steps taken),
 * {@code /versions} lists the history and {@code /versions/{n}} reads one; {@code POST}
 * {@code /submit}, {@code /review} and {@code /signoff} take the procedure's steps. Reads need
 * what archive reads need, writes what a publish needs; the person acting is the caller.
 */
final class DraftEndpoints {

    private final Procedure procedure;
    private final ArchiveAccess access;
    private final long maxBodyBytes;

    DraftEndpoints(Procedure procedure, ArchiveAccess access, long maxBodyBytes) {
        this.procedure = procedure;
        this.access = access;
        this.maxBodyBytes = maxBodyBytes;
    }

    void save(Context ctx) {
        access.checkWrite(ctx);
        DraftKey key = key(ctx);
        JsonNode data = JsonInput.object(RequestBodies.json(ctx, maxBodyBytes));
        String variant = ctx.queryParam("variant");
        int version = procedure.save(access.caller(ctx), address(ctx), key, variant == null || variant.isBlank() ? null
                : variant, data);
        DraftVersion saved = procedure.drafts().version(key, version).orElseThrow();
        Map<String, Object> body = draft(key, saved, procedure.drafts().events(key));
        Responses.json(ctx, 200, body);
    }

    void list(Context ctx) {
        access.check(ctx);
        List<DraftSummary> drafts = procedure.drafts().list();
        Person person = access.caller(ctx);
        // who asks, with their roles: the page offers only the steps they may take
        Map<String, Object> asking = Map.of("name", person.name(), "roles", person.roles().stream().map(Enum::name)
                .sorted().toList());
        Responses.json(ctx, 200, Map.of("person", asking, "drafts", drafts.stream().map(draft -> {
            Map<String, Object> item = key(draft.key());
            item.put("version", draft.version());
            item.put("savedAt", draft.savedAt());
            item.put("savedBy", draft.savedBy());
            item.put("state", draft.state().name());
            item.put("stateName", draft.state().chinese());
            return item;
        }).toList()));
    }

    /** The latest version with its data, its state and every step taken on the draft. */
    void latest(Context ctx) {
        access.check(ctx);
        DraftKey key = key(ctx);
        DraftVersion latest = procedure.drafts().latest(key).orElseThrow(() -> missing(key));
        Map<String, Object> body = draft(key, latest, procedure.drafts().events(key));
        body.put("data", JsonInput.object(latest.data().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Responses.json(ctx, 200, body);
    }

    void versions(Context ctx) {
        access.check(ctx);
        DraftKey key = key(ctx);
        List<DraftVersion> versions = procedure.drafts().versions(key);
        if (versions.isEmpty()) {
            throw missing(key);
        }
        Map<String, Object> body = key(key);
        body.put("versions", versions.stream().map(DraftEndpoints::version).toList());
        Responses.json(ctx, 200, body);
    }

    void version(Context ctx) {
        access.check(ctx);
        DraftKey key = key(ctx);
        int n;
        try {
            n = Integer.parseInt(ctx.pathParam("version"));
        } catch (NumberFormatException e) {
            throw new Failure(Reason.INVALID_ID, "草稿的版本是数字 (draft versions are numbers), not '"
                    + ctx.pathParam("version") + "'");
        }
        DraftVersion version = procedure.drafts().version(key, n).orElseThrow(() -> new Failure(Reason.NOT_FOUND,
                "草稿 " + key + " 没有第 " + n + " 版 (no such version)"));
        Map<String, Object> body = key(key);
        body.putAll(version(version));
        body.put("data", JsonInput.object(version.data().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Responses.json(ctx, 200, body);
    }

    void submit(Context ctx) {
        access.checkWrite(ctx);
        DraftKey key = key(ctx);
        procedure.submit(access.caller(ctx), address(ctx), key);
        stepped(ctx, key);
    }

    /** {@code {"decision": "pass" | "return", "comment": "…"}}; a return needs its comment. */
    void review(Context ctx) {
        access.checkWrite(ctx);
        DraftKey key = key(ctx);
        JsonNode body = JsonInput.object(RequestBodies.json(ctx, maxBodyBytes));
        String decision = body.path("decision").asString("");
        if (!decision.equals("pass") && !decision.equals("return")) {
            throw Failure.invalidValue(Reason.INVALID_PARAMETER, "审核意见是 pass（通过）或 return（退回） (decision is "
                    + "pass or return), not '" + decision + "'", "decision", List.of("pass", "return"));
        }
        JsonNode comment = body.path("comment");
        if (!comment.isMissingNode() && !comment.isNull() && !comment.isString()) {
            throw Failure.invalidValue(Reason.INVALID_PARAMETER, "意见是文字 (comment is text)", "comment", List.of());
        }
        procedure.review(access.caller(ctx), address(ctx), key, decision.equals("pass"), comment.asString(""));
        stepped(ctx, key);
    }

    /** Publishes the passed version: 201 with the draft, now 已签发, and the archive record. */
    void signOff(Context ctx) {
        access.checkWrite(ctx);
        DraftKey key = key(ctx);
        Published published = procedure.signOff(access.caller(ctx), address(ctx), key);
        long id = published.record().id();
        ctx.header("Location", "/archive/" + id);
        ctx.header("X-Archive-Id", Long.toString(id));
        Map<String, Object> body = draft(key, procedure.drafts().latest(key).orElseThrow(), procedure.drafts().events(key));
        body.put("record", ArchiveEndpoints.record(published.record(), false));
        Responses.json(ctx, 201, body);
    }

    private void stepped(Context ctx, DraftKey key) {
        DraftVersion latest = procedure.drafts().latest(key).orElseThrow();
        Responses.json(ctx, 200, draft(key, latest, procedure.drafts().events(key)));
    }

    static DraftKey key(Context ctx) {
        try {
            return new DraftKey(ctx.pathParam("kind"), ctx.pathParam("region"), ctx.pathParam("period"));
        } catch (IllegalArgumentException e) {
            throw new Failure(Reason.INVALID_PARAMETER, e.getMessage());
        }
    }

    /** Where the request came from, as the draft's history records it. */
    static String address(Context ctx) {
        String address = ctx.req().getRemoteAddr();
        return address == null ? "" : address;
    }

    private static Failure missing(DraftKey key) {
        return new Failure(Reason.NOT_FOUND, "没有草稿 " + key + " (no such draft)");
    }

    private static Map<String, Object> key(DraftKey key) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("kind", key.kind());
        item.put("region", key.region());
        item.put("period", key.period());
        return item;
    }

    /** The draft at a version: its key, version, who saved it, its state and its steps. */
    private static Map<String, Object> draft(DraftKey key, DraftVersion latest, List<DraftEvent> events) {
        Map<String, Object> body = key(key);
        body.putAll(version(latest));
        DraftState state = DraftState.of(latest.version(), events);
        body.put("state", state.name());
        body.put("stateName", state.chinese());
        body.put("events", events.stream().map(DraftEndpoints::event).toList());
        return body;
    }

    private static Map<String, Object> version(DraftVersion version) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("version", version.version());
        item.put("variant", version.variant());
        item.put("savedAt", version.savedAt());
        item.put("savedBy", version.savedBy());
        return item;
    }

    private static Map<String, Object> event(DraftEvent event) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("step", event.step().name());
        item.put("stepName", event.step().chinese());
        item.put("version", event.version());
        item.put("person", event.person());
        item.put("at", event.at());
        item.put("address", event.address());
        item.put("comment", event.comment());
        item.put("recordId", event.recordId());
        return item;
    }
}
