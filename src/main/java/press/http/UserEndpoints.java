package press.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import press.archive.ArchiveStore;
import press.archive.AuditEvent;
import press.failure.Failure;
import press.failure.Reason;
import press.people.Account;
import press.people.Person;
import press.people.Role;
import tools.jackson.databind.JsonNode;

/**
 * A 管理员 manages the office's users: {@code GET /users}, {@code POST /users} with
 * {@code {"name", "roles", "password"}}, {@code POST /users/{name}/disable} and
 * {@code PUT /users/{name}/roles} with {@code {"roles"}}; every change is audited. Without
 * accounts the person at this machine is 管理员, so the first user may be made here too.
 */
final class UserEndpoints {

    private final ArchiveStore archive;
    private final ArchiveAccess access;

    UserEndpoints(ArchiveStore archive, ArchiveAccess access) {
        this.archive = archive;
        this.access = access;
    }

    void list(Context ctx) {
        access.requireReader(ctx, Role.ADMIN);
        Responses.json(ctx, 200, Map.of("users", archive.accounts().list().stream().map(UserEndpoints::user).toList()));
    }

    void add(Context ctx) {
        Person admin = access.require(ctx, Role.ADMIN);
        JsonNode body = BodyFields.object(ctx);
        String name = BodyFields.text(body, "name");
        Set<Role> roles = BodyFields.roles(body, "roles");
        String password = BodyFields.text(body, "password");
        Account account;
        try {
            account = archive.accounts().add(name, roles, password, admin.name());
        } catch (IllegalArgumentException e) {
            throw BodyFields.invalid(e.getMessage().contains("password") ? "password" : "name", e.getMessage());
        }
        audit(ctx, admin, AuditEvent.USER_ADDED, account);
        Responses.json(ctx, 201, user(account));
    }

    void disable(Context ctx) {
        Person admin = access.require(ctx, Role.ADMIN);
        String name = ctx.pathParam("name");
        if (name.equals(admin.name())) {
            throw new Failure(Reason.INVALID_PARAMETER, "you cannot disable your own account; another 管理员 can",
                    List.of(Map.of("field", "name")));
        }
        Account account = archive.accounts().disable(name, admin.name()).orElseThrow(() -> missing(name));
        audit(ctx, admin, AuditEvent.USER_DISABLED, account);
        Responses.json(ctx, 200, user(account));
    }

    void roles(Context ctx) {
        Person admin = access.require(ctx, Role.ADMIN);
        String name = ctx.pathParam("name");
        Set<Role> roles = BodyFields.roles(BodyFields.object(ctx), "roles");
        Account account = archive.accounts().changeRoles(name, roles, admin.name()).orElseThrow(() -> missing(name));
        audit(ctx, admin, AuditEvent.USER_ROLES, account);
        Responses.json(ctx, 200, user(account));
    }

    private void audit(Context ctx, Person admin, String action, Account account) {
        archive.audit().record(AuditEvent.now(admin, ctx.req().getRemoteAddr(), action, account.name(), "",
                account.roles().stream().sorted().map(Role::chinese).collect(Collectors.joining("、"))
                        + (account.disabled() ? "（已停用）" : "")));
    }

    private static Failure missing(String name) {
        return new Failure(Reason.NOT_FOUND, "there is no user " + name, List.of(Map.of("field", "name")));
    }

    static Map<String, Object> user(Account account) {
        Map<String, Object> user = new java.util.LinkedHashMap<>(BodyFields.person(account.name(), account.roles()));
        user.put("disabled", account.disabled());
        return user;
    }
}
