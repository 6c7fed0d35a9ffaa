package press.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mutations of real data, the kinds of mistake and malice a service meets: values of the wrong
 * type, extreme and impossible numbers, unprintable and enormous text, dates that are none,
 * fields removed or invented, arrays emptied or multiplied, and now and then the bytes
 * themselves broken.
 */
final class FuzzMutator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] TEXTS = {"", " ", "　", "\u0000", "\u000b", "\ufeff", "\ud800", "\uffff", "𠮷",
        "\uD83D\uDE00", "<b>x</b>", "${x}", "<#if x>", "]]>", "&amp;", "2020-02-30", "0000-00-00", "9999-12-31",
        "100%", "99.999%", "-5%", "长".repeat(300), "\n\n", "../etc/passwd", "%s%n", "\u202e"};
    private static final String[] NUMBERS = {"0", "-1", "1.5", "1e19", "1e308", "1e-7", "2147483648", "-0.0", "3e9",
        "0.30000000000000004", "999999999", "1000000000", "12345678901234567890"};

    private final Random random;

    FuzzMutator(Random random) {
        this.random = random;
    }

    byte[] mutate(JsonNode source) {
        JsonNode data = source.deepCopy();
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(data, containers);
            JsonNode container = containers.get(random.nextInt(containers.size()));
            mutateIn(container);
        }
        byte[] bytes = data.toString().getBytes(StandardCharsets.UTF_8);
        return random.nextInt(20) == 0 ? breakBytes(bytes) : bytes;
    }

    private void mutateIn(JsonNode container) {
        if (container instanceof ObjectNode object && !object.isEmpty()) {
            List<String> names = new ArrayList<>(object.propertyNames());
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> object.remove(name);
                case 1 -> object.set("unknown" + random.nextInt(100), value());
                default -> object.set(name, value());
            }
        } else if (container instanceof ArrayNode array && !array.isEmpty()) {
            int index = random.nextInt(array.size());
            switch (random.nextInt(4)) {
                case 0 -> array.remove(index);
                case 1 -> {
                    JsonNode copy = array.get(index).deepCopy();
                    for (int n = random.nextInt(50); n > 0; n--) {
                        array.add(copy.deepCopy());
                    }
                }
                case 2 -> array.removeAll();
                default -> array.set(index, value());
            }
        }
    }

    private JsonNode value() {
        return switch (random.nextInt(7)) {
            case 0 -> NODES.stringNode(TEXTS[random.nextInt(TEXTS.length)]);
            case 1 -> NODES.numberNode(new java.math.BigDecimal(NUMBERS[random.nextInt(NUMBERS.length)]));
            case 2 -> NODES.objectNode();
            case 3 -> NODES.arrayNode().add(NODES.stringNode(TEXTS[random.nextInt(TEXTS.length)]));
            case 4 -> NODES.booleanNode(random.nextBoolean());
            case 5 -> NODES.nullNode();
            default -> NODES.numberNode(random.nextInt(1000));
        };
    }

    private byte[] breakBytes(byte[] bytes) {
        byte[] broken = bytes.clone();
        switch (random.nextInt(3)) {
            case 0 -> {
                return java.util.Arrays.copyOf(broken, random.nextInt(broken.length));
            }
            case 1 -> broken[random.nextInt(broken.length)] = (byte) random.nextInt(256);
            default -> {
                int at = random.nextInt(broken.length);
                broken[at] = (byte) 0xC0;
            }
        }
        return broken;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainer()) {
            containers.add(node);
            node.values().forEach(child -> collect(child, containers));
        }
    }
}
