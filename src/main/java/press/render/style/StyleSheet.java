package press.render.style;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A variant's look, read by every renderer: page geometry, where pages may end, page numbers,
 * how appendices are headed, a {@link TextStyle} for every {@link Role}, table and closing-block
 * rules, and where a 公文's 版头 and signature go.
 */
public record StyleSheet(PageStyle page, PageRules pages, PageNumberStyle pageNumber, AppendixStyle appendix,
                         Map<Role, TextStyle> roles, TableStyle table, ClosingStyle closing, HeadStyle head,
                         SignatureStyle signature, ChartStyle chart) {

    public StyleSheet {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(pageNumber, "pageNumber");
        Objects.requireNonNull(appendix, "appendix");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(closing, "closing");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(chart, "chart");
        EnumMap<Role, TextStyle> copy = new EnumMap<>(Role.class);
        copy.putAll(roles);
        for (Role role : Role.values()) {
            if (!copy.containsKey(role)) {
                throw new IllegalArgumentException("style sheet has no style for role '" + role.key() + "'");
            }
        }
        roles = Map.copyOf(copy);
    }

    public TextStyle role(Role role) {
        return roles.get(role);
    }
}
