package press.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import press.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The project's own corpus of hostile requests: malformed JSON, wrong types and missing fields
 * at every path of the reference data, oversized and unprintable text, impossible dates and
 * numbers, broken table shapes, wrong envelope types, injection strings, path traversal, wrong
 * methods, archive search syntax, wrong media types and broken HTTP. Built, not stored, so it
 * follows the schema as it changes.
 */
final class HostileCorpus {

    private static final String RENDER = "/render?template=gov-service-monthly";
    private static final String GENERIC = "/render?template=generic-bulletin";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MARK = "@@mark@@";

    private final List<Hostile> cases = new ArrayList<>();
    private final ObjectNode reference = Fixtures.data(Fixtures.REFERENCE);
    private final ObjectNode generic = Fixtures.data("wenchuan-2020-06");

    static List<Hostile> build() {
        HostileCorpus corpus = new HostileCorpus();
        corpus.malformedJson();
        corpus.wrongTypesAndMissingFields();
        corpus.unprintableText();
        corpus.impossibleDatesAndNumbers();
        corpus.tableShapes();
        corpus.envelopes();
        corpus.injection();
        corpus.paths();
        corpus.methodsAndMediaTypes();
        corpus.archiveSearch();
        corpus.protocol();
        corpus.accounts();
        return List.copyOf(corpus.cases);
    }

    private void add(String name, byte[] request, Set<Integer> allowed) {
        cases.add(new Hostile(name, request, allowed));
    }

    private void post(String name, String target, byte[] body, Set<Integer> allowed) {
        add(name, RawHttp.request("POST", target, "application/json", body), allowed);
    }

    private void post(String name, String target, String body, Set<Integer> allowed) {
        post(name, target, body.getBytes(StandardCharsets.UTF_8), allowed);
    }

    private void malformedJson() {
        String json = reference.toString();
        for (int cut : new int[] {0, 1, 2, 10, 100, 1000, json.length() / 2, json.length() - 1}) {
            post("truncated at " + cut, RENDER, json.substring(0, cut), Set.of(400));
        }
        for (String body : List.of("[]", "null", "42", "\"text\"", "true", "{} {}", json + "x", "{'title': 1}",
                "{\"a\": NaN}", "{\"a\": Infinity}", "{/*comment*/}", "{\"a\":1,\"a\":2}", "{\"a\": 01}", "{\"a\": .5}",
                "{\"a\": \"\\x41\"}", "{\"a\": \"\\u12\"}", "{\"a\" 1}", "{,}", "{\"a\":}", "\u00ef\u00bb\u00bf{}")) {
            post("malformed " + body.substring(0, Math.min(20, body.length())), RENDER, body, Set.of(400));
        }
        post("nested 100 000 deep", RENDER, "[".repeat(100_000) + "]".repeat(100_000), Set.of(400));
        post("nested objects 5 000 deep", RENDER, "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000), Set.of(400, 422));
    }

    /** Every path of the reference: the field replaced by values of the wrong type, or removed. */
    private void wrongTypesAndMissingFields() {
        List<String> paths = new ArrayList<>();
        paths(reference, "", paths);
        int index = 0;
        for (String path : paths) {
            JsonNode original = get(reference, path);
            List<JsonNode> wrong = new ArrayList<>(List.of(NODES.objectNode(), NODES.arrayNode(), NODES.numberNode(7),
                    NODES.stringNode("七"), NODES.booleanNode(true), NODES.nullNode()));
            wrong.removeIf(candidate -> candidate.getNodeType() == original.getNodeType());
            if (original.isString() && original.asString().matches("[0-9]+(\\.[0-9]+)?%")) {
                // a published rate may be null: nothing to rate (a row without evaluations), not a wrong type
                wrong.removeIf(JsonNode::isNull);
            }
            for (int k = 0; k < 3; k++) {
                JsonNode value = wrong.get((index + k) % wrong.size());
                ObjectNode data = reference.deepCopy();
                if (replace(data, path, value)) {
                    post("wrong type at " + path + " (" + value.getNodeType() + ")", RENDER, data.toString(), Set.of(422));
                }
            }
            index++;
            ObjectNode missing = reference.deepCopy();
            if (index % 3 == 0 && remove(missing, path)) {
                post("missing " + path, RENDER, missing.toString(), Set.of(200, 422));
            }
        }
        ObjectNode oversized = reference.deepCopy();
        oversized.put("title", "长".repeat(201));
        post("a title of 201 characters", RENDER, oversized.toString(), Set.of(422));
        ObjectNode huge = reference.deepCopy();
        huge.put("title", "长".repeat(800_000));
        post("a body over the limit", RENDER, huge.toString(), Set.of(413));
    }

    private void unprintableText() {
        Map<String, String> characters = Map.ofEntries(Map.entry("NUL", "\u0000"), Map.entry("BEL", "\u0007"),
                Map.entry("ESC", "\u001b"), Map.entry("form feed", "\f"), Map.entry("vertical tab", "\u000b"),
                Map.entry("DEL", "\u007f"), Map.entry("U+0085", "\u0085"), Map.entry("U+FFFE", "\ufffe"),
                Map.entry("U+FFFF", "\uffff"), Map.entry("U+FDD0", "\ufdd0"), Map.entry("U+FEFF", "\ufeff"),
                Map.entry("lone high surrogate", "\ud800"), Map.entry("lone low surrogate", "\udc00"),
                Map.entry("reversed surrogates", "\udc00\ud800"), Map.entry("U+1FFFF", new String(Character.toChars(0x1FFFF))));
        String[] fields = {"title", "region", "closing.office", "news.own[0].text", "appendices.platform.rows[0].region",
            "closing.distribution.report[0]"};
        int i = 0;
        for (var character : characters.entrySet()) {
            String field = fields[i++ % fields.length];
            ObjectNode data = reference.deepCopy();
            JsonNode old = get(data, field);
            replace(data, field, NODES.stringNode(old.asString() + MARK + "。"));
            // as a hostile client writes it: JSON escapes, which can say what UTF-8 cannot (a lone surrogate)
            String escaped = character.getValue().chars().mapToObj(c -> String.format("\\u%04x", c))
                    .collect(java.util.stream.Collectors.joining());
            post(character.getKey() + " in " + field, RENDER, data.toString().replace(MARK, escaped), Set.of(422));
        }
        String json = "{\"title\": \"X\"}";
        for (var bytes : List.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
                new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0x80}, new byte[] {(byte) 0xFF})) {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            byte[] broken = RawHttp.concat(RawHttp.concat(java.util.Arrays.copyOf(body, 11), bytes),
                    java.util.Arrays.copyOfRange(body, 11, body.length));
            post("invalid UTF-8 " + java.util.HexFormat.of().formatHex(bytes), RENDER, broken, Set.of(400));
        }
        for (String region : List.of("阿坝𠮷", "阿坝\uD83D\uDE00", "\uD83D\uDE00", "州\u200b", "　")) {
            ObjectNode data = reference.deepCopy();
            data.put("region", region);
            post("region " + region, RENDER, data.toString(), Set.of(200, 422));
        }
        for (String heading : List.of(" ", "　", "\u00a0", "\t")) {
            ObjectNode data = generic.deepCopy();
            ((ObjectNode) data.get("sections").get(0)).put("heading", heading);
            post("blank heading " + (int) heading.charAt(0), GENERIC, data.toString(), Set.of(422));
        }
    }

    private void impossibleDatesAndNumbers() {
        String[] dates = {"2020-02-30", "2021-02-29", "2020-13-45", "0000-00-00", "2020-04-31", "9999-99-99"};
        int i = 0;
        for (String field : List.of("closing.printDate", "news.own[0].date", "news.own[0].until")) {
            for (String date : dates) {
                ObjectNode data = reference.deepCopy();
                if (replace(data, field, NODES.stringNode(date)) || i++ < 0) {
                    post(date + " at " + field, RENDER, data.toString(), Set.of(422));
                }
            }
        }
        for (String date : dates) {
            ObjectNode data = generic.deepCopy();
            ((ObjectNode) data.get("closing")).put("printDate", date);
            post(date + " at generic closing.printDate", GENERIC, data.toString(), Set.of(422));
        }
        String json = reference.toString();
        for (String number : List.of("1e19", "1e308", "1e400", "-1", "1.5", "3000000000", "12345678901234567890", "-0.0",
                "1e-400", "2.0e0")) {
            post("calls " + number, RENDER, json.replace("\"calls\":1912", "\"calls\":" + number),
                    number.equals("2.0e0") || number.equals("-0.0") ? Set.of(200, 422) : Set.of(422));
            post("rank " + number, RENDER, json.replace("\"rank\":1,", "\"rank\":" + number + ","),
                    number.equals("2.0e0") ? Set.of(200, 422) : Set.of(422));
        }
    }

    private void tableShapes() {
        String[] bodies = {"[[\"x\"]]", "[[\"x\", 1, 2, 3]]", "[[{\"text\": \"x\", \"colspan\": 3}]]",
            "[[{\"text\": \"x\", \"rowspan\": 3}, 1], [2]]", "[[\"x\", {\"text\": 1, \"rowspan\": 2}], [{\"text\": \"y\", \"colspan\": 2}]]",
            "[[{\"text\": \"x\", \"colspan\": 0}, 1]]", "[[{\"text\": \"x\", \"rowspan\": -1}, 1]]", "[]", "[[]]"};
        for (String body : bodies) {
            ObjectNode data = generic.deepCopy();
            ObjectNode table = (ObjectNode) JsonSource.parse("{\"table\": {\"columns\": [\"text\", \"number\"], \"body\": " + body + "}}");
            ((ArrayNode) data.get("sections").get(0).get("blocks")).add(table);
            post("table body " + body, GENERIC, data.toString(), Set.of(422));
        }
        ObjectNode data = generic.deepCopy();
        ((ArrayNode) data.get("sections").get(0).get("blocks")).add(JsonSource.parse("{\"table\": {\"columns\": [\"text\"],"
                + " \"head\": [[{\"text\": \"h\", \"rowspan\": 2}]], \"body\": [[\"x\"]]}}"));
        post("a head cell spanning into the body", GENERIC, data.toString(), Set.of(422));
    }

    private void envelopes() {
        String data = reference.toString();
        for (String envelope : List.of("{\"template\": {}, \"data\": %s}", "{\"template\": \"gov-service-monthly\", \"variant\": {}, \"data\": %s}",
                "{\"template\": \"gov-service-monthly\", \"embedFonts\": {}, \"data\": %s}",
                "{\"template\": \"gov-service-monthly\", \"archive\": [], \"data\": %s}",
                "{\"template\": \"gov-service-monthly\", \"format\": 3, \"data\": %s}",
                "{\"template\": [\"gov-service-monthly\"], \"data\": %s}", "{\"template\": \"../etc\", \"data\": %s}",
                "{\"template\": \"gov-service-monthly\", \"strict\": \"maybe\", \"data\": %s}")) {
            post("envelope " + envelope.substring(0, Math.min(60, envelope.length())), "/render", envelope.replace("%s", data),
                    Set.of(400));
        }
    }

    private void injection() {
        String[] strings = {"<b>粗</b>", "]]>", "${title}", "<#if true>是</#if>", "&amp;", "</p><p>", "<!DOCTYPE x>",
            "<?xml version=\"1.0\"?>", "\"'><script>", "{{title}}", "#{x}", "[#if x][/#if]", "<![CDATA[x]]>", "&#x0;"};
        String[] fields = {"title", "region", "closing.office", "news.own[0].text", "appendices.attendance.rows[0].remark"};
        int i = 0;
        for (String text : strings) {
            ObjectNode data = reference.deepCopy();
            String field = fields[i++ % fields.length];
            JsonNode old = get(data, field);
            replace(data, field, NODES.stringNode((old == null ? "" : old.asString()) + text));
            post("injection " + text + " in " + field, RENDER, data.toString(), Set.of(200, 422));
        }
    }

    private void paths() {
        for (String target : List.of("/templates/..%2F..%2Fetc", "/templates/%2e%2e", "/templates/..", "/templates/a%00b",
                "/templates/gov-service-monthly%2F..%2F..", "/templates/" + "a".repeat(100), "/archive/..%2F..%2Fetc%2Fpasswd",
                "/archive/1%00", "/archive/-1", "/archive/99999999999999999999", "/archive/1/file/../../x", "/archive/abc/file",
                "/templates/GOV-SERVICE-MONTHLY", "/templates/gov_service", "/%2e%2e/%2e%2e/etc/passwd", "/templates/gov-service-monthly/../../x")) {
            add("GET " + target, RawHttp.request("GET", target, null, null), Set.of(400, 404));
        }
        for (String template : List.of("..%2F..%2Fetc", "%2Fetc%2Fpasswd", "a%00", "gov-service-monthly%2F..", "A", "a_b",
                "x".repeat(65), "%E4%B8%AD")) {
            post("template=" + template, "/render?template=" + template, reference.toString(), Set.of(400, 404));
            post("variant=" + template, RENDER + "&variant=" + template, reference.toString(), Set.of(400, 404));
        }
    }

    private void methodsAndMediaTypes() {
        for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
            add(method + " /render", RawHttp.request(method, RENDER, null, null), Set.of(404, 405));
            add(method + " /lint", RawHttp.request(method, "/lint", null, null), Set.of(404, 405));
        }
        for (String target : List.of("/archive", "/archive/1", "/templates", "/health")) {
            add("DELETE " + target, RawHttp.request("DELETE", target, null, null), Set.of(404, 405));
            add("POST " + target, RawHttp.request("POST", target, "application/json", RawHttp.ascii("{}")), Set.of(404, 405));
        }
        byte[] json = reference.toString().getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("application/jsonp", "text/plain", "text/json", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/javascript", "json", "")) {
            add("Content-Type " + type, RawHttp.request("POST", RENDER, type.isEmpty() ? null : type, json), Set.of(415));
        }
    }

    private void archiveSearch() {
        for (String q : List.of("%00", "%22", "AND%20OR%20NOT", "*", "%22%E6%9D%BE", "NEAR(a%20b)", "a%27", "%5C",
                "%E6%9D%BE%E6%BD%98%E5%8E%BF%20OR", "(((", "%0A", "col:%E6%9D%BE")) {
            add("search " + q, RawHttp.request("GET", "/archive/search?q=" + q, null, null), Set.of(200, 400));
        }
        for (String limit : List.of("-1", "0", "abc", "99999999999", "1e3")) {
            add("search limit " + limit, RawHttp.request("GET", "/archive/search?q=%E6%9D%BE&limit=" + limit, null, null),
                    Set.of(200, 400));
            add("list limit " + limit, RawHttp.request("GET", "/archive?limit=" + limit, null, null), Set.of(200, 400));
        }
        for (String period : List.of("2020-13", "20200", "2020-1", "x")) {
            add("list from " + period, RawHttp.request("GET", "/archive?from=" + period, null, null), Set.of(400));
        }
    }

    /** Logins, users, the audit trail and withdrawals: bodies and parameters that are not what they take. */
    private void accounts() {
        for (String body : List.of("{}", "[]", "{\"user\":1,\"password\":2}", "{\"user\":\"a\"}", "{\"user\":\"\",\"password\":\"x\"}",
                "{\"user\":\"" + "a".repeat(5000) + "\",\"password\":\"x\"}", "{\"user\":\"a\",\"password\":null}", "not json")) {
            post("login " + body.substring(0, Math.min(20, body.length())), "/session", body, Set.of(400));
        }
        add("login as text/plain", RawHttp.request("POST", "/session", "text/plain", RawHttp.ascii("user=a&password=b")),
                Set.of(415));
        post("login of nobody", "/session", "{\"user\":\"nobody\",\"password\":\"nothing at all\"}", Set.of(401));
        for (String body : List.of("{}", "{\"name\":\"../x\",\"roles\":[],\"password\":\"12345678\"}",
                "{\"name\":\"a\",\"roles\":\"admin\",\"password\":\"12345678\"}",
                "{\"name\":\"a\",\"roles\":[\"root\"],\"password\":\"12345678\"}",
                "{\"name\":\"a\",\"roles\":[],\"password\":\"short\"}")) {
            post("user " + body.substring(0, Math.min(30, body.length())), "/users", body, Set.of(400));
        }
        add("roles of nobody", RawHttp.request("PUT", "/users/nobody/roles", "application/json",
                RawHttp.ascii("{\"roles\":[\"admin\"]}")), Set.of(404));
        add("roles not a list", RawHttp.request("PUT", "/users/nobody/roles", "application/json",
                RawHttp.ascii("{\"roles\":{}}")), Set.of(400));
        for (String query : List.of("from=yesterday", "to=2026-13-01", "limit=many", "from=2026-12-09&to=2026-12-08")) {
            add("audit " + query, RawHttp.request("GET", "/audit?" + query, null, null), Set.of(400));
        }
        post("withdraw abc", "/archive/abc/withdraw", "{\"reason\":\"x\"}", Set.of(400));
        post("withdraw a record that is not there", "/archive/99999/withdraw", "{\"reason\":\"x\"}", Set.of(404));
        post("withdraw without a reason", "/archive/1/withdraw", "{}", Set.of(400));
        post("withdraw for a blank reason", "/archive/1/withdraw", "{\"reason\":\"   \"}", Set.of(400));
    }

    private void protocol() {
        String head = "POST " + RENDER + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nConnection: close\r\n";
        add("Content-Length larger than the body", RawHttp.ascii(head + "Content-Length: 1000\r\n\r\n{\"title\":"), Set.of(400, 408));
        add("Content-Length not a number", RawHttp.ascii(head + "Content-Length: abc\r\n\r\n{}"), Set.of(400));
        add("two Content-Lengths", RawHttp.ascii(head + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}"), Set.of(400));
        add("a chunked body that never ends", RawHttp.ascii(head + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"ti\r\n"),
                Set.of(400, 408));
        add("a bad chunk size", RawHttp.ascii(head + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"), Set.of(400));
        add("headers too large", RawHttp.ascii("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n"), Set.of(400, 431));
        add("URI too long", RawHttp.ascii("GET /templates/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n"), Set.of(400, 414, 431));
        add("no Host", RawHttp.ascii("GET /health HTTP/1.1\r\nConnection: close\r\n\r\n"), Set.of(400));
        add("HTTP/2.0 request line", RawHttp.ascii("GET /health HTTP/2.0\r\nHost: localhost\r\n\r\n"), Set.of(400, 426, 505));
        add("HTTP/9.9 request line", RawHttp.ascii("GET /health HTTP/9.9\r\nHost: localhost\r\n\r\n"), Set.of(400, 505));
        add("a request line of garbage", RawHttp.ascii("\u0001\u0002\u0003 garbage\r\n\r\n"), Set.of(400));
        add("a header without a colon", RawHttp.ascii("GET /health HTTP/1.1\r\nHost: localhost\r\nBroken\r\n\r\n"), Set.of(400));
        add("a space before the colon", RawHttp.ascii("GET /health HTTP/1.1\r\nHost : localhost\r\nConnection: close\r\n\r\n"),
                Set.of(400));
        add("Transfer-Encoding and Content-Length", RawHttp.ascii(head + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "2\r\n{}\r\n0\r\n\r\n"), Set.of(400, 415, 422));
    }

    private static void paths(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            node.properties().forEach(p -> {
                String child = path.isEmpty() ? p.getKey() : path + "." + p.getKey();
                out.add(child);
                paths(p.getValue(), child, out);
            });
        } else if (node.isArray() && !node.isEmpty()) {
            String child = path + "[0]";
            out.add(child);
            paths(node.get(0), child, out);
        }
    }

    private static JsonNode get(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : path.split("\\.")) {
            int bracket = step.indexOf('[');
            String name = bracket < 0 ? step : step.substring(0, bracket);
            node = node.get(name);
            if (node == null) {
                return null;
            }
            if (bracket >= 0) {
                node = node.get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
                if (node == null) {
                    return null;
                }
            }
        }
        return node;
    }

    private static boolean replace(ObjectNode root, String path, JsonNode value) {
        int dot = path.lastIndexOf('.');
        String last = path.substring(dot + 1);
        JsonNode parent = dot < 0 ? root : get(root, path.substring(0, dot));
        int bracket = last.indexOf('[');
        if (bracket >= 0) {
            JsonNode array = parent == null ? null : parent.get(last.substring(0, bracket));
            if (!(array instanceof ArrayNode list) || list.isEmpty()) {
                return false;
            }
            list.set(Integer.parseInt(last.substring(bracket + 1, last.length() - 1)), value);
            return true;
        }
        if (!(parent instanceof ObjectNode object)) {
            return false;
        }
        object.set(last, value);
        return true;
    }

    private static boolean remove(ObjectNode root, String path) {
        int dot = path.lastIndexOf('.');
        String last = path.substring(dot + 1);
        if (last.contains("[")) {
            return false;
        }
        JsonNode parent = dot < 0 ? root : get(root, path.substring(0, dot));
        if (parent instanceof ObjectNode object && object.has(last)) {
            object.remove(last);
            return true;
        }
        return false;
    }
}
