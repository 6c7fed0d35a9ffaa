package press.render.style;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import press.failure.TemplateFault;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a style sheet ({@code <variant>.style.json}). Lengths are numbers of points or strings
 * with a unit ({@code "37mm"}, {@code "16pt"}); colours are {@code "#RRGGBB"}. A role may name
 * another in {@code "base"} and override only what differs. Errors name the key.
 */
public final class StyleSheetLoader {

    private static final float POINTS_PER_MM = 72f / 25.4f;
    /** The least type a wide table shrinks to, in points: 9 pt is the smallest a printed figure stays legible at. */
    private static final float DEFAULT_TABLE_MIN_SIZE = 9;
    private static final Set<String> ROLE_KEYS = Set.of("base", "font", "size", "color", "align", "indent",
            "leading", "spaceBefore", "spaceAfter", "letterSpacing", "marker");

    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * @throws press.failure.Failure {@link press.failure.Reason#TEMPLATE_ERROR} naming the sheet
     *     (the one of the {@code extends} chain that has the key at fault), the role and the key
     */
    public StyleSheet load(Path file) {
        try {
            return read(resolve(file, 0), file.getFileName().toString());
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof StyleSheetProblem problem) {
                throw TemplateFault.at(shown(holder(file, problem)), 0, 0, "样式表" + problem.reason(), problem.getMessage(),
                        problem.at(), e);
            }
            throw TemplateFault.at(shown(file), 0, 0, "样式表有误", e.getMessage(), java.util.Map.of(), e);
        }
    }

    /** The sheet's name as the author knows it: its kind's folder and its file. */
    private static String shown(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return (folder == null || folder.getFileName() == null ? "" : folder.getFileName() + "/") + file.getFileName();
    }

    /** The sheet of the {@code extends} chain that writes the key at fault (a mistyped key sits in one of them). */
    private Path holder(Path file, StyleSheetProblem problem) {
        Object role = problem.at().get("role");
        Object key = problem.at().getOrDefault("unknownKey", problem.at().get("key"));
        Path sheet = file;
        for (int depth = 0; depth < 8 && sheet != null && key != null; depth++) {
            try {
                JsonNode node = json.readTree(Files.readString(sheet));
                JsonNode holder = role == null ? node : node.path("roles").path(role.toString());
                if (holder.has(key.toString())) {
                    return sheet;
                }
                sheet = node.has("extends") ? sheet.resolveSibling(node.get("extends").asString()) : null;
            } catch (IOException | JacksonException e) {
                return file;
            }
        }
        return file;
    }

    /**
     * The sheet's JSON with what it {@code "extends"} (another sheet in the same folder)
     * merged underneath: objects key by key, anything else replaced.
     */
    private JsonNode resolve(Path file, int depth) {
        try {
            JsonNode node = json.readTree(Files.readString(file));
            if (!node.has("extends")) {
                return node;
            }
            String parent = node.get("extends").asString();
            if (depth > 8 || parent.contains("/") || parent.contains("\\") || parent.startsWith(".")) {
                throw new IllegalStateException("style sheet " + file.getFileName() + " extends '" + parent
                        + "': a sheet in the same folder, without cycles, is expected");
            }
            return merge(resolve(file.resolveSibling(parent), depth + 1), node);
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("cannot read style sheet " + file + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode merge(JsonNode base, JsonNode override) {
        if (!base.isObject() || !override.isObject()) {
            return override;
        }
        tools.jackson.databind.node.ObjectNode merged = ((tools.jackson.databind.node.ObjectNode) base).deepCopy();
        for (Map.Entry<String, JsonNode> property : override.properties()) {
            if (!property.getKey().equals("extends")) {
                JsonNode existing = merged.get(property.getKey());
                merged.set(property.getKey(), existing == null ? property.getValue() : merge(existing, property.getValue()));
            }
        }
        return merged;
    }

    StyleSheet read(JsonNode root, String name) {
        try {
            JsonNode page = required(root, "page");
            PageStyle pageStyle = new PageStyle(length(page, "width"), length(page, "height"), length(page, "top"),
                    length(page, "bottom"), length(page, "left"), length(page, "right"), page.path("grid").asBoolean(false));
            JsonNode rules = root.path("pages");
            PageRules pageRules = new PageRules(rules.path("budget").asInt(PageRules.DEFAULT.budget()),
                    rules.path("orphans").asInt(PageRules.DEFAULT.orphans()), rules.path("widows").asInt(PageRules.DEFAULT.widows()),
                    rules.path("rowsUnderHead").asInt(PageRules.DEFAULT.rowsUnderHead()));
            JsonNode number = required(root, "pageNumber");
            PageNumberStyle pageNumber = new PageNumberStyle(text(number, "font"), length(number, "size"),
                    text(number, "format"), length(number, "below"), (float) required(number, "inset").asDouble(),
                    number.path("firstPage").asBoolean(true));
            JsonNode appendixNode = required(root, "appendix");
            AppendixStyle appendix = new AppendixStyle(
                    AppendixLayout.valueOf(text(appendixNode, "layout").toUpperCase(Locale.ROOT)), text(appendixNode, "label"));
            JsonNode table = required(root, "table");
            TableStyle tableStyle = new TableStyle(length(table, "rule"), length(table, "totalsRule"),
                    length(table, "padding"), color(table, "totalsBackground"),
                    table.has("minSize") ? length(table, "minSize") : DEFAULT_TABLE_MIN_SIZE);
            JsonNode closing = required(root, "closing");
            ClosingStyle closingStyle = new ClosingStyle(length(closing, "thickRule"), length(closing, "thinRule"),
                    closing.path("rules").asBoolean(true), closing.path("imprint").asBoolean(true),
                    closing.path("evenPage").asBoolean(false));
            Map<Role, TextStyle> roles = roles(required(root, "roles"));
            TextStyle body = roles.get(Role.BODY);
            return new StyleSheet(pageStyle, pageRules, pageNumber, appendix, roles, tableStyle, closingStyle,
                    HeadStyleReader.head(root.path("head"), body), HeadStyleReader.signature(root.path("signature")),
                    chart(root.path("chart")));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("style sheet " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Roles a sheet need not spell out (a 公文's head and signature, the lines around tables and
     * figures): each is the body's or the table's type with the usual font, alignment and
     * indent, unless the sheet says otherwise.
     */
    private static final Map<String, String> IMPLICIT_ROLES = Map.ofEntries(
            Map.entry("copyNumber", "{\"base\": \"body\", \"indent\": 0, \"align\": \"left\", \"letterSpacing\": 0}"),
            Map.entry("notice", "{\"base\": \"body\", \"font\": \"heading\", \"indent\": 0, \"align\": \"left\"}"),
            Map.entry("documentNumber", "{\"base\": \"body\", \"indent\": 0, \"align\": \"center\"}"),
            Map.entry("signer", "{\"base\": \"body\", \"indent\": 0, \"align\": \"left\"}"),
            Map.entry("signerName", "{\"base\": \"body\", \"font\": \"kai\", \"indent\": 0, \"align\": \"left\"}"),
            Map.entry("addressees", "{\"base\": \"body\", \"indent\": 0}"),
            Map.entry("signature", "{\"base\": \"body\", \"indent\": 0, \"align\": \"left\"}"),
            Map.entry("note", "{\"base\": \"body\"}"),
            Map.entry("tableCaption", "{\"base\": \"body\", \"font\": \"heading\", \"indent\": 0, \"align\": \"center\"}"),
            Map.entry("tableUnit", "{\"base\": \"tableBody\", \"indent\": 0, \"align\": \"right\", \"spaceAfter\": 2}"),
            Map.entry("tableNote", "{\"base\": \"tableBody\", \"indent\": 0, \"align\": \"justify\", \"spaceBefore\": 3}"),
            Map.entry("figureCaption", "{\"base\": \"body\", \"font\": \"kai\", \"indent\": 0, \"align\": \"center\"}"));

    private Map<Role, TextStyle> roles(JsonNode given) {
        if (!given.isObject()) {
            throw new IllegalArgumentException("'roles' must be an object");
        }
        tools.jackson.databind.node.ObjectNode roles = ((tools.jackson.databind.node.ObjectNode) given).deepCopy();
        IMPLICIT_ROLES.forEach((key, definition) -> {
            if (!roles.has(key)) {
                roles.set(key, json.readTree(definition));
            }
        });
        Map<Role, TextStyle> styles = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            styles.put(role, role(roles, role.key(), 0));
        }
        for (String key : roles.propertyNames()) {
            boolean known = false;
            for (Role role : Role.values()) {
                known |= role.key().equals(key);
            }
            if (!known) {
                throw StyleSheetProblem.unknownRole(key, java.util.Arrays.stream(Role.values()).map(Role::key).toList());
            }
        }
        return styles;
    }

    private TextStyle role(JsonNode roles, String key, int depth) {
        if (depth > Role.values().length) {
            throw new IllegalArgumentException("role '" + key + "' inherits from itself");
        }
        JsonNode node = required(roles, key);
        for (String property : node.propertyNames()) {
            if (!ROLE_KEYS.contains(property)) {
                throw StyleSheetProblem.unknownKey(key, property, ROLE_KEYS);
            }
        }
        TextStyle base = node.has("base") ? role(roles, node.get("base").asString(), depth + 1) : null;
        return new TextStyle(
                node.has("font") ? node.get("font").asString() : inherit(base, key, "font").font(),
                node.has("size") ? length(node, "size") : inherit(base, key, "size").size(),
                node.has("color") ? color(node, "color") : base == null ? 0 : base.color(),
                node.has("align") ? Align.valueOf(node.get("align").asString().toUpperCase(Locale.ROOT))
                        : base == null ? Align.LEFT : base.align(),
                node.has("indent") ? (float) node.get("indent").asDouble() : base == null ? 0 : base.indent(),
                node.has("leading") ? length(node, "leading") : inherit(base, key, "leading").leading(),
                node.has("spaceBefore") ? length(node, "spaceBefore") : base == null ? 0 : base.spaceBefore(),
                node.has("spaceAfter") ? length(node, "spaceAfter") : base == null ? 0 : base.spaceAfter(),
                node.has("letterSpacing") ? length(node, "letterSpacing") : base == null ? 0 : base.letterSpacing(),
                node.has("marker") ? node.get("marker").asString() : base == null ? "" : base.marker());
    }

    private static TextStyle inherit(TextStyle base, String role, String key) {
        if (base == null) {
            throw StyleSheetProblem.missingKey(role, key, java.util.List.of());
        }
        return base;
    }

    static JsonNode required(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw StyleSheetProblem.missingKey(null, key, node.isObject() ? node.propertyNames() : java.util.List.of());
        }
        return value;
    }

    static String text(JsonNode node, String key) {
        return required(node, key).asString();
    }

    /** A length in points: a bare number is points, a string may say mm or pt. */
    static float length(JsonNode node, String key) {
        return lengthOf(required(node, key), key);
    }

    /** The {@code index}th length of a list. */
    static float length(JsonNode list, int index) {
        return lengthOf(required(list, index), "[" + index + "]");
    }

    private static JsonNode required(JsonNode list, int index) {
        JsonNode value = list.get(index);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing item " + index);
        }
        return value;
    }

    private static float lengthOf(JsonNode value, String key) {
        if (value.isNumber()) {
            return (float) value.asDouble();
        }
        return length(value.asString(), key);
    }

    /** A length written as text: points, or a number with mm or pt. */
    static float length(String written, String key) {
        String text = written.strip().toLowerCase(Locale.ROOT);
        try {
            if (text.endsWith("mm")) {
                return Float.parseFloat(text.substring(0, text.length() - 2).strip()) * POINTS_PER_MM;
            }
            if (text.endsWith("pt")) {
                return Float.parseFloat(text.substring(0, text.length() - 2).strip());
            }
            return Float.parseFloat(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + key + "' is not a length: " + written);
        }
    }

    /**
     * The chart palette: {@code "chart": {"fills": ["#404040", …], "hatches": [null, 45, …]}},
     * a hatching an angle in degrees or null for none; the default greys where the sheet has none.
     */
    private static ChartStyle chart(JsonNode chart) {
        if (chart.isMissingNode()) {
            return ChartStyle.DEFAULT;
        }
        JsonNode fills = required(chart, "fills");
        JsonNode hatches = required(chart, "hatches");
        java.util.List<Integer> colours = new java.util.ArrayList<>();
        java.util.List<ChartStyle.Hatch> lines = new java.util.ArrayList<>();
        for (int i = 0; i < fills.size(); i++) {
            String text = fills.get(i).asString("");
            if (!text.matches("#[0-9A-Fa-f]{6}")) {
                throw new IllegalArgumentException("chart fill " + i + " is not a colour #RRGGBB: " + text);
            }
            colours.add(Integer.parseInt(text.substring(1), 16));
            JsonNode hatch = hatches.path(i);
            lines.add(hatch.isNumber() ? ChartStyle.Hatch.at(hatch.floatValue()) : ChartStyle.Hatch.NONE);
        }
        return new ChartStyle(colours, lines);
    }

    static int color(JsonNode node, String key) {
        String text = text(node, key);
        if (!text.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("'" + key + "' is not a colour #RRGGBB: " + text);
        }
        return Integer.parseInt(text.substring(1), 16);
    }

    /** Millimetres to points, for renderers that place things by the standard's figures. */
    public static float mm(float millimetres) {
        return millimetres * POINTS_PER_MM;
    }
}
