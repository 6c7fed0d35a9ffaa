package press.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Finds the JSON paths ({@code $.a.b[2]}) of the string values that contain a given text. */
final class JsonPaths {

    private JsonPaths() {
    }

    static List<String> containing(JsonNode root, String text) {
        List<String> paths = new ArrayList<>();
        walk(root, "$", text, paths);
        return paths;
    }

    private static void walk(JsonNode node, String path, String text, List<String> paths) {
        if (node.isString()) {
            if (node.asString().contains(text)) {
                paths.add(path);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                walk(property.getValue(), path + "." + property.getKey(), text, paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", text, paths);
            }
        }
    }
}
