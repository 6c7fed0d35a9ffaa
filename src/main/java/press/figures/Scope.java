package press.figures;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Where an expression is evaluated: the document's data, the element a check runs over (its
 * relative paths start there), and the derived figures worked out so far.
 */
record Scope(JsonNode root, JsonNode element, String elementPath, Map<String, Value> derived) {

    Scope at(JsonPath.Match match) {
        return new Scope(root, match.node(), match.path(), derived);
    }
}
