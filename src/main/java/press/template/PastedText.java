package press.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Text pasted from Word: its line breaks become paragraph breaks wherever the schema takes
 * several paragraphs (the text as a list of paragraphs, more items of the list it is in, or more
 * blocks like the one it is in, tried in that order and kept only where the schema accepts the
 * result), and its tabs become nothing between Chinese characters and a space elsewhere. A text
 * with line breaks where only one paragraph fits is refused at its path. Pictures (data URIs)
 * are left as they are.
 */
final class PastedText {

    private static final Pattern BREAKS = Pattern.compile("\\s*(?:\\r\\n|\\r|\\n)\\s*");
    private static final Pattern TABS = Pattern.compile("\\t+");
    private static final int MOST = 50;

    /** The data with pasted text made into paragraphs, and the texts that could not be. */
    record Result(JsonNode data, List<Violation> refused) {
    }

    private PastedText() {
    }

    /** @param accepted whether the schema takes the data with nothing wrong at or under the path */
    static Result paragraphs(JsonNode data, AcceptedAt accepted) {
        List<String> paths = new ArrayList<>();
        collect(data, "$", paths);
        if (paths.isEmpty()) {
            return new Result(data, List.of());
        }
        JsonNode current = data.deepCopy();
        List<Violation> refused = new ArrayList<>();
        // last first: splicing a list moves the paths after the text, never those before it
        for (String path : paths.reversed().subList(0, Math.min(paths.size(), MOST))) {
            if (!multiline(at(current, path))) {
                current = replaced(current, path, JsonNodeFactory.instance.stringNode(untabbed(at(current, path).asString())));
                continue;
            }
            JsonNode changed = null;
            for (Candidate candidate : Candidate.values()) {
                JsonNode tried = candidate.apply(current, path);
                if (tried != null && accepted.test(tried, candidate.changed(path))) {
                    changed = tried;
                    break;
                }
            }
            if (changed != null) {
                current = changed;
            } else {
                refused.add(Violation.bilingual(path, "文字中有换行，但这一栏只能是一段：请删去换行，或分成几项填写"
                        + " / the text has line breaks but this field takes one paragraph: remove them", "paragraphs"));
            }
        }
        return new Result(current, refused.reversed());
    }

    /** Whether the schema takes {@code data} with no violation at or under {@code path}. */
    interface AcceptedAt {
        boolean test(JsonNode data, String path);
    }

    private enum Candidate {
        /** "a\nb" → ["a", "b"] */
        LIST {
            @Override
            JsonNode apply(JsonNode data, String path) {
                return replaced(data, path, list(at(data, path).asString()));
            }
        },
        /** ["a\nb", "c"] → ["a", "b", "c"] */
        ITEMS {
            @Override
            JsonNode apply(JsonNode data, String path) {
                int index = index(path);
                if (index < 0) {
                    return null;
                }
                ArrayNode spliced = JsonNodeFactory.instance.arrayNode();
                JsonNode parent = at(data, parent(path));
                for (int i = 0; i < parent.size(); i++) {
                    if (i == index) {
                        list(parent.get(i).asString()).values().forEach(spliced::add);
                    } else {
                        spliced.add(parent.get(i));
                    }
                }
                return replaced(data, parent(path), spliced);
            }

            @Override
            String changed(String path) {
                return parent(path);
            }
        },
        /** [{"paragraph": "a\nb"}] → [{"paragraph": "a"}, {"paragraph": "b"}] */
        BLOCKS {
            @Override
            JsonNode apply(JsonNode data, String path) {
                String block = parent(path);
                int index = index(block);
                JsonNode object = at(data, block);
                if (index < 0 || object == null || !object.isObject() || object.size() != 1) {
                    return null;
                }
                String key = object.propertyNames().iterator().next();
                ArrayNode spliced = JsonNodeFactory.instance.arrayNode();
                JsonNode list = at(data, parent(block));
                for (int i = 0; i < list.size(); i++) {
                    if (i == index) {
                        list(object.get(key).asString()).values().forEach(p -> spliced.add(JsonNodeFactory.instance.objectNode().set(key, p)));
                    } else {
                        spliced.add(list.get(i));
                    }
                }
                return replaced(data, parent(block), spliced);
            }

            @Override
            String changed(String path) {
                return parent(parent(path));
            }
        };

        abstract JsonNode apply(JsonNode data, String path);

        String changed(String path) {
            return path;
        }
    }

    private static void collect(JsonNode node, String path, List<String> paths) {
        if (node.isString() && !node.asString().startsWith("data:") && (multiline(node) || node.asString().indexOf('\t') >= 0)) {
            paths.add(path);
        } else if (node.isObject()) {
            node.properties().forEach(p -> collect(p.getValue(), path + "." + p.getKey(), paths));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", paths);
            }
        }
    }

    private static boolean multiline(JsonNode node) {
        return node != null && node.isString() && BREAKS.matcher(node.asString().strip()).find();
    }

    /** The text's paragraphs, blank ones dropped, tabs made into what a printed line would show. */
    static ArrayNode list(String text) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (String paragraph : BREAKS.split(text.strip())) {
            String cleaned = untabbed(paragraph.strip());
            if (!cleaned.isEmpty()) {
                list.add(cleaned);
            }
        }
        return list;
    }

    /** Tabs between Chinese characters are nothing; elsewhere a space. */
    static String untabbed(String text) {
        var matcher = TABS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            boolean wide = matcher.start() > 0 && text.charAt(matcher.start() - 1) > 0x2E7F
                    && matcher.end() < text.length() && text.charAt(matcher.end()) > 0x2E7F;
            matcher.appendReplacement(out, wide ? "" : " ");
        }
        return matcher.appendTail(out).toString();
    }

    private static final Pattern STEP = Pattern.compile("\\.([^.\\[]+)|\\[([0-9]+)]");

    static JsonNode at(JsonNode data, String path) {
        JsonNode node = data;
        var steps = STEP.matcher(path.substring(1));
        while (steps.find() && node != null) {
            node = steps.group(1) != null ? node.get(steps.group(1)) : node.get(Integer.parseInt(steps.group(2)));
        }
        return node;
    }

    private static JsonNode replaced(JsonNode data, String path, JsonNode value) {
        if (path.equals("$")) {
            return value;
        }
        JsonNode copy = data.deepCopy();
        JsonNode parent = at(copy, parent(path));
        int index = index(path);
        if (index >= 0 && parent instanceof ArrayNode array) {
            array.set(index, value);
        } else if (parent instanceof ObjectNode object) {
            object.set(path.substring(path.lastIndexOf('.') + 1), value);
        } else {
            return null;
        }
        return copy;
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "$" : path.substring(0, cut);
    }

    private static int index(String path) {
        return path.endsWith("]") ? Integer.parseInt(path.substring(path.lastIndexOf('[') + 1, path.length() - 1)) : -1;
    }

}
