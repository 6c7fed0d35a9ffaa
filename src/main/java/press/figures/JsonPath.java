package press.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The few JSON paths figures.json needs: {@code $.a.b}, {@code $.rows[2].x},
 * {@code $.rows[*].x} (every element) and {@code $.blocks[?type=table]} (the elements whose
 * field {@code type} is the text {@code table}). A path that finds nothing selects nothing.
 */
final class JsonPath {

    private static final Pattern STEP = Pattern.compile(
            "\\.([A-Za-z_][A-Za-z0-9_]*)|\\[(\\*|[0-9]+)]|\\[\\?([A-Za-z_][A-Za-z0-9_]*)=([A-Za-z0-9_]+)]");

    /** A value found, with the concrete path that leads to it ({@code $.rows[2].x}). */
    record Match(String path, JsonNode node) {
    }

    private JsonPath() {
    }

    static List<Match> select(JsonNode root, String rootPath, String path) {
        List<Match> matches = new ArrayList<>(List.of(new Match(rootPath, root)));
        Matcher step = STEP.matcher(path);
        int at = 0;
        while (at < path.length()) {
            if (!step.find(at) || step.start() != at) {
                throw new IllegalArgumentException("not a JSON path figures.json understands: " + path);
            }
            List<Match> next = new ArrayList<>();
            for (Match match : matches) {
                if (step.group(1) != null) {
                    JsonNode child = match.node().get(step.group(1));
                    if (child != null && !child.isNull()) {
                        next.add(new Match(match.path() + "." + step.group(1), child));
                    }
                } else if (match.node().isArray() && step.group(3) != null) {
                    for (int i = 0; i < match.node().size(); i++) {
                        JsonNode element = match.node().get(i);
                        if (element.path(step.group(3)).isString()
                                && element.path(step.group(3)).asString().equals(step.group(4))) {
                            next.add(new Match(match.path() + "[" + i + "]", element));
                        }
                    }
                } else if (match.node().isArray()) {
                    if (step.group(2).equals("*")) {
                        for (int i = 0; i < match.node().size(); i++) {
                            next.add(new Match(match.path() + "[" + i + "]", match.node().get(i)));
                        }
                    } else {
                        int index = Integer.parseInt(step.group(2));
                        if (index < match.node().size()) {
                            next.add(new Match(match.path() + "[" + index + "]", match.node().get(index)));
                        }
                    }
                }
            }
            matches = next;
            at = step.end();
        }
        return matches;
    }

    /** Selects from the document root: {@code path} starts with {@code $}. */
    static List<Match> select(JsonNode root, String path) {
        if (!path.startsWith("$")) {
            throw new IllegalArgumentException("a JSON path starts with $: " + path);
        }
        return select(root, "$", path.substring(1));
    }
}
