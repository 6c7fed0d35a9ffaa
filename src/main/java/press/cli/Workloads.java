package press.cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Longer documents made from a bulletin's data, for timing how the work grows with length: the
 * same data {@code scale} times over (every list of news items or sections repeated), and a
 * generic bulletin's first section carrying one table of many rows and 30 columns.
 */
final class Workloads {

    private Workloads() {
    }

    /** The data with each list of items that hold running text repeated {@code scale} times. */
    static JsonNode scaled(JsonNode data, int scale) {
        JsonNode copy = data.deepCopy();
        if (scale > 1) {
            repeat(copy, scale);
        }
        return copy;
    }

    private static void repeat(JsonNode node, int scale) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(property -> repeat(property.getValue(), scale));
        } else if (node instanceof ArrayNode array) {
            boolean items = array.size() > 0 && array.get(0).isObject()
                    && (array.get(0).has("text") || array.get(0).has("blocks") || array.get(0).has("paragraph"));
            if (items) {
                int size = array.size();
                for (int copy = 1; copy < scale; copy++) {
                    for (int i = 0; i < size; i++) {
                        array.add(array.get(i).deepCopy());
                    }
                }
            } else {
                array.forEach(element -> repeat(element, scale));
            }
        }
    }

    /** A generic bulletin whose first section holds one table of {@code rows} rows and 30 columns. */
    static JsonNode longTable(JsonNode data, int rows) {
        JsonNode copy = data.deepCopy();
        if (!(copy.path("sections").path(0).path("blocks") instanceof ArrayNode blocks)) {
            throw new IllegalArgumentException("--table-rows needs a generic-bulletin's data (sections with blocks)");
        }
        ObjectNode table = blocks.addObject();
        table.put("type", "table");
        ArrayNode columns = table.putArray("columns");
        ArrayNode head = table.putArray("head").addArray();
        columns.add("text");
        head.add("行");
        for (int c = 1; c < 30; c++) {
            columns.add("number");
            head.add("列" + c);
        }
        ArrayNode body = table.putArray("body");
        for (int r = 0; r < rows; r++) {
            ArrayNode row = body.addArray();
            row.add("第" + (r + 1) + "行");
            for (int c = 1; c < 30; c++) {
                row.add((long) (r + 1) * c);
            }
        }
        return copy;
    }
}
