package press.figures;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Where an expression is evaluated: the document's data, the element a check runs over (its
 * relative paths start there), the derived figures worked out so far, and the variant being
 * rendered (null when none is), and how the kind prints rates beyond the usual.
 */
record Scope(JsonNode root, JsonNode element, String elementPath, Map<String, Value> derived, String variant,
             RateStyle rates) {

    Scope(JsonNode root, JsonNode element, String elementPath, Map<String, Value> derived, String variant) {
        this(root, element, elementPath, derived, variant, RateStyle.DEFAULT);
    }

    Scope at(JsonPath.Match match) {
        return new Scope(root, match.node(), match.path(), derived, variant, rates);
    }
}
