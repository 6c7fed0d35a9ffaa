package press.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import press.failure.Failure;
import press.failure.Reason;
import press.people.Role;
import press.pipeline.JsonInput;
import tools.jackson.databind.JsonNode;

/** The small JSON bodies of logins, users and withdrawals: an object of a few fields, each named when it is wrong. */
final class BodyFields {

    /** A login or a user is a few hundred bytes; anything near this is not one. */
    static final long LIMIT = 16 * 1024;

    private BodyFields() {
    }

    static JsonNode object(Context ctx) {
        return JsonInput.object(RequestBodies.json(ctx, LIMIT));
    }

    /** The field's text; 400 naming it when it is missing or not text. */
    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isString() || value.asString().isEmpty()) {
            throw invalid(field, "'" + field + "' must be given as text");
        }
        return value.asString();
    }

    /** The roles a list names in Chinese or English: 拟稿/drafter, 审核/reviewer, 签发/signer, 管理员/admin. */
    static Set<Role> roles(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isArray()) {
            throw invalid(field, "'" + field + "' must be a list of roles: 拟稿/drafter, 审核/reviewer, 签发/signer, 管理员/admin");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (JsonNode item : value) {
            roles.add(Role.named(item.isString() ? item.asString() : "").orElseThrow(() -> invalid(field,
                    "'" + item + "' is not a role: 拟稿/drafter, 审核/reviewer, 签发/signer, 管理员/admin")));
        }
        return roles;
    }

    static Failure invalid(String field, String message) {
        List<String> valid = new ArrayList<>();
        if (field.equals("roles")) {
            for (Role role : Role.values()) {
                valid.add(role.english());
            }
        }
        return new Failure(Reason.INVALID_PARAMETER, message, List.of(valid.isEmpty() ? Map.of("field", field)
                : Map.of("field", field, "valid", valid)));
    }

    /** Roles as the API answers them: English names, and the Chinese beside. */
    static Map<String, Object> person(String name, Set<Role> roles) {
        return Map.of("user", name, "roles", roles.stream().sorted().map(Role::english).toList(),
                "rolesChinese", roles.stream().sorted().map(Role::chinese).toList());
    }
}
