package press.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.failure.Suggestion;
import press.failure.TemplateFault;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks a kind's {@code phrases.json} when the kind loads, so that a wording an
 * office edited is refused before it can break a bulletin: an unknown blank, a blank without a
 * source or with a source of another kind (a rate where a count belongs), a phrase a template
 * asks for that is not there. Each error names the phrase or blank, in Chinese and English.
 */
public final class PhrasesReader {

    private static final Set<String> TOP_KEYS = Set.of("description", "blanks", "phrases");
    private static final Set<String> BLANK_KEYS = Set.of("kind", "from", "part", "whole", "note");
    private static final Set<String> PHRASE_KEYS = Set.of("text", "note", "rule");
    /** The figures.json rules that decide how figures are worded: how rates and numbers print. */
    private static final Set<String> RULES = Set.of("rates", "numbers");
    private static final Pattern USED = Pattern.compile("\\{([^{}\\[\\]]+)}");

    private final String file;
    private final JsonNode schema;
    private final Set<String> figures;
    private final Map<String, String> templates;
    /** The phrases that use each blank, so that an error in a blank names them too. */
    private final Map<String, List<String>> users = new LinkedHashMap<>();

    /**
     * @param file      the phrases file's name relative to the templates folder, for messages
     * @param schema    the kind's JSON Schema
     * @param figures   the names of the kind's derived figures
     * @param templates the kind's template sources by name relative to the templates folder
     */
    public PhrasesReader(String file, JsonNode schema, Set<String> figures, Map<String, String> templates) {
        this.file = file;
        this.schema = schema;
        this.figures = Set.copyOf(figures);
        this.templates = Map.copyOf(templates);
    }

    /** The phrases in {@code path} (none if there is no such file), checked against the kind. */
    public Phrases read(Path path) {
        if (!Files.isRegularFile(path)) {
            Phrases none = Phrases.none(file);
            PhrasesAsked.check(templates, none);
            return none;
        }
        try {
            return read(Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The phrases in {@code bytes}, checked against the kind: what a save is checked with before it writes. */
    public Phrases read(byte[] bytes) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(bytes);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            return fail(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), Map.of(),
                    "不是有效的 JSON（检查引号、逗号和括号）", "not valid JSON: " + e.getOriginalMessage());
        }
        if (!root.isObject()) {
            return fail(Map.of(), "应为一个 JSON 对象", "must be a JSON object");
        }
        unknownKeys(root, TOP_KEYS, Map.of(), "文件顶层", "the top level");
        users.clear();
        for (Map.Entry<String, JsonNode> entry : root.path("phrases").properties()) {
            Matcher blank = USED.matcher(entry.getValue().isObject() ? entry.getValue().path("text").asString("")
                    : entry.getValue().asString(""));
            while (blank.find()) {
                users.computeIfAbsent(blank.group(1).strip(), b -> new ArrayList<>()).add(entry.getKey());
            }
        }
        Map<String, Blank> blanks = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.path("blanks").properties()) {
            blanks.put(entry.getKey(), blank(entry.getKey(), entry.getValue()));
        }
        Map<String, Phrase> phrases = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.path("phrases").properties()) {
            phrases.put(entry.getKey(), phrase(entry.getKey(), entry.getValue(), blanks));
        }
        Phrases result = new Phrases(file, blanks, phrases, sha256(bytes));
        PhrasesAsked.check(templates, result);
        return result;
    }

    private Map<String, Object> blankAt(String name) {
        Map<String, Object> at = new LinkedHashMap<>();
        at.put("blank", name);
        List<String> using = users.getOrDefault(name, List.of());
        if (!using.isEmpty()) {
            at.put("phrase", using.get(0));
            at.put("phrases", List.copyOf(using));
        }
        return at;
    }

    private Blank blank(String name, JsonNode node) {
        Map<String, Object> at = blankAt(name);
        if (!node.isObject()) {
            return fail(at, "空“{" + name + "}”应写成对象，如 {\"kind\": \"count\", \"from\": \"#accepted\"}",
                    "blank {" + name + "} must be an object");
        }
        unknownKeys(node, BLANK_KEYS, at, "空“{" + name + "}”", "blank {" + name + "}");
        String word = node.path("kind").asString("");
        BlankKind kind = null;
        for (BlankKind candidate : BlankKind.values()) {
            if (candidate.word().equals(word)) {
                kind = candidate;
            }
        }
        if (kind == null) {
            String hint = Suggestion.nearest(word, BlankKind.words()).map(s -> "，是否应为“" + s + "”？").orElse("");
            return fail(at, "空“{" + name + "}”的 kind “" + word + "”不认识（可用 " + String.join("、", BlankKind.words()) + "）" + hint,
                    "blank {" + name + "}: unknown kind '" + word + "'; known: " + String.join(", ", BlankKind.words()));
        }
        Blank blank;
        try {
            blank = new Blank(name, kind, text(node, "from"), text(node, "part"), text(node, "whole"));
        } catch (IllegalArgumentException e) {
            return fail(at, "空“{" + name + "}”" + (kind == BlankKind.RATE ? "是比率，须写 part（分子）和 whole（分母）"
                    : "须写 from（数据路径 $.…、派生数 #…或模板变量 @…）"), "blank {" + name + "}: " + e.getMessage());
        }
        if (kind == BlankKind.RATE) {
            source(blank, "part", blank.part(), BlankKind.COUNT);
            source(blank, "whole", blank.whole(), BlankKind.COUNT);
        } else {
            source(blank, "from", blank.from(), kind);
        }
        return blank;
    }

    /** A source of a blank's value, checked against what the schema, the figures or the templates have. */
    private void source(Blank blank, String key, String source, BlankKind wanted) {
        Map<String, Object> at = blankAt(blank.name());
        String name = "空“{" + blank.name() + "}”";
        String nameEn = "blank {" + blank.name() + "}";
        BlankKind found;
        if (source.startsWith("#")) {
            String figure = source.substring(1);
            if (!figures.contains(figure)) {
                String hint = Suggestion.nearest(figure, figures).map(s -> "，是否应为“#" + s + "”？").orElse("");
                fail(at, name + "：figures.json 没有派生数“" + source + "”" + hint,
                        nameEn + ": figures.json derives no '" + source + "'");
            }
            found = BlankKind.COUNT;
        } else if (source.startsWith("$")) {
            if (!SchemaKinds.PATH.matcher(source).matches()) {
                fail(at, name + "：“" + source + "”不是数据路径（如 $.hotline.calls）", nameEn + ": not a data path: " + source);
            }
            found = SchemaKinds.kindAt(schema, source).orElse(null);
            if (found == null) {
                fail(at, name + "：数据中没有“" + source + "”这一项（schema.json 未定义）",
                        nameEn + ": the schema has no " + source);
            }
        } else if (source.startsWith("@")) {
            String variable = source.substring(1);
            Pattern assigned = Pattern.compile("<#(assign|global)\\s+" + Pattern.quote(variable) + "\\s*=");
            if (templates.values().stream().noneMatch(text -> assigned.matcher(text).find())) {
                fail(at, name + "：模板中没有赋值变量“" + variable + "”（<#assign " + variable + " = …>）",
                        nameEn + ": no template of the kind assigns '" + variable + "'");
            }
            return;
        } else {
            fail(at, name + "的 " + key + " 应以 $.（数据）、#（派生数）或 @（模板变量）开头：“" + source + "”",
                    nameEn + ": '" + key + "' must start with $. (data), # (figure) or @ (template variable): " + source);
            return;
        }
        if (!wanted.accepts(found)) {
            fail(at, name + "应为" + wanted.chinese() + "（" + wanted.word() + "），但“" + source + "”是"
                    + found.chinese() + "（" + found.word() + "）",
                    nameEn + " is a " + wanted.word() + " but " + source + " holds a " + found.word());
        }
    }

    private Phrase phrase(String name, JsonNode node, Map<String, Blank> blanks) {
        Map<String, Object> at = Map.of("phrase", name);
        String text;
        if (node.isString()) {
            text = node.asString();
        } else if (node.isObject()) {
            unknownKeys(node, PHRASE_KEYS, at, "措辞“" + name + "”", "phrase '" + name + "'");
            text = node.path("text").asString(null);
            String rule = node.path("rule").asString(null);
            if (rule != null && !RULES.contains(rule)) {
                String hint = Suggestion.nearest(rule, RULES).map(s -> "，是否应为“" + s + "”？").orElse("");
                return fail(at, "措辞“" + name + "”的 rule “" + rule + "”不是 figures.json 中决定措辞的规则（rates、numbers）" + hint,
                        "phrase '" + name + "': rule '" + rule + "' is not a figures.json rule that decides wording (rates, numbers)");
            }
        } else {
            text = null;
        }
        if (text == null) {
            return fail(at, "措辞“" + name + "”应为文字，或含 text 的对象", "phrase '" + name + "' must be text or an object with text");
        }
        Phrase phrase;
        try {
            phrase = Phrase.parse(name, text);
        } catch (IllegalArgumentException e) {
            return fail(at, "措辞“" + name + "”：" + e.getMessage(), "phrase '" + name + "': " + e.getMessage());
        }
        for (String blank : phrase.blankNames()) {
            if (!blanks.containsKey(blank)) {
                String hint = Suggestion.nearest(blank, blanks.keySet()).map(s -> "，是否应为“{" + s + "}”？").orElse("");
                Map<String, Object> where = new LinkedHashMap<>(at);
                where.put("blank", blank);
                return fail(where, "措辞“" + name + "”中的空“{" + blank + "}”没有定义（可用的空见 blanks）" + hint,
                        "phrase '" + name + "': unknown blank {" + blank + "}");
            }
        }
        return phrase;
    }

    private void unknownKeys(JsonNode node, Set<String> known, Map<String, Object> at, String where, String whereEn) {
        for (String key : node.propertyNames()) {
            if (!known.contains(key)) {
                String hint = Suggestion.nearest(key, known).map(s -> "，是否应为“" + s + "”？").orElse("");
                Map<String, Object> detail = new LinkedHashMap<>(at);
                detail.put("key", key);
                Suggestion.nearest(key, known).ifPresent(s -> detail.put("suggestion", s));
                fail(detail, where + "中的键“" + key + "”不认识" + hint, whereEn + ": unknown key '" + key + "'; known: "
                        + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || !value.isString() ? null : value.asString();
    }

    private <T> T fail(Map<String, Object> at, String reason, String reasonEn) {
        return fail(0, 0, at, reason, reasonEn);
    }

    private <T> T fail(int line, int column, Map<String, Object> at, String reason, String reasonEn) {
        if (at.get("phrases") instanceof List<?> using) {
            String names = using.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("、"));
            reason = reason + "（用于措辞 " + names + "）";
            reasonEn = reasonEn + " (used by phrase " + names.replace("、", ", ") + ")";
        }
        throw TemplateFault.at(file, line, column, reason, reasonEn, at, null);
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
