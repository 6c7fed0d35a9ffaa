package press.http;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import press.archive.ArchiveStore;
import press.archive.ArchivedDocument;
import press.archive.AuditEvent;
import press.archive.Withdrawal;
import press.failure.Failure;
import press.failure.Reason;
import press.people.Person;
import press.people.Role;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /archive/{id}/withdraw} with {@code {"reason"}}, by a 签发 or 管理员: the record
 * is withdrawn (撤回). Its row and file stay and the hash chain is untouched; it leaves listings
 * and search, and only a 管理员 may still read it (anyone else is told there is no such record).
 * Withdrawing twice keeps the first withdrawal.
 */
final class WithdrawalEndpoint {

    private final ArchiveStore archive;
    private final ArchiveAccess access;

    WithdrawalEndpoint(ArchiveStore archive, ArchiveAccess access) {
        this.archive = archive;
        this.access = access;
    }

    void withdraw(Context ctx) {
        Person person = access.require(ctx, Role.SIGNER, Role.ADMIN);
        String reason = BodyFields.text(BodyFields.object(ctx), "reason").strip();
        if (reason.isEmpty() || reason.length() > Withdrawal.MAX_REASON) {
            throw BodyFields.invalid("reason", "a withdrawal's reason is 1 to " + Withdrawal.MAX_REASON + " characters");
        }
        ArchivedDocument document = ArchiveEndpoints.id(ctx).flatMap(archive::find)
                .orElseThrow(() -> new Failure(Reason.NOT_FOUND, "no archive record " + ctx.pathParam("id")));
        Withdrawal asked = new Withdrawal(document.id(), Instant.now(), person.name(), reason);
        Withdrawal held = archive.withdrawals().withdraw(asked);
        if (held == asked) {
            archive.audit().record(AuditEvent.now(person, ctx.req().getRemoteAddr(), AuditEvent.WITHDRAWN,
                    Long.toString(document.id()), document.sha256(), reason));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", document.id());
        answer.put("withdrawn", withdrawal(held));
        Responses.json(ctx, 200, answer);
    }

    static Map<String, Object> withdrawal(Withdrawal withdrawal) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("at", withdrawal.at().toString());
        json.put("by", withdrawal.by());
        json.put("reason", withdrawal.reason());
        return json;
    }
}
