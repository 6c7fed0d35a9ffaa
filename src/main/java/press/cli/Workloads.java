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

    /** Common characters, every one in the body font, that a varied run draws its sentence from. */
    private static final String COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
            + "同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体"
            + "制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看"
            + "原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常";

    /**
     * The data of run {@code round}: every list of running-text items rotated by the round, and the
     * first item's text followed by a sentence of characters that change from run to run, so that
     * no two runs print the same glyphs in the same places and a cache keyed on them would miss as
     * it would on a real month.
     */
    static JsonNode varied(JsonNode data, int round) {
        JsonNode copy = data.deepCopy();
        boolean[] appended = {false};
        vary(copy, round, appended);
        return copy;
    }

    private static void vary(JsonNode node, int round, boolean[] appended) {
        if (node instanceof ObjectNode object) {
            if (!appended[0] && object.path("text").isString()) {
                StringBuilder sentence = new StringBuilder();
                for (int i = 0; i < 12; i++) {
                    sentence.append(COMMON.charAt((round * 13 + i * 7) % COMMON.length()));
                }
                object.put("text", object.path("text").asString() + sentence + "。");
                appended[0] = true;
            }
            object.properties().forEach(property -> vary(property.getValue(), round, appended));
        } else if (node instanceof ArrayNode array) {
            boolean items = array.size() > 1 && array.get(0).isObject()
                    && (array.get(0).has("text") || array.get(0).has("blocks") || array.get(0).has("paragraph"));
            if (items) {
                java.util.List<JsonNode> rotated = new java.util.ArrayList<>();
                array.forEach(rotated::add);
                java.util.Collections.rotate(rotated, round % array.size());
                array.removeAll();
                rotated.forEach(array::add);
            }
            array.forEach(element -> vary(element, round, appended));
        }
    }

    /**
     * A generic bulletin whose tables are replaced by one table of {@code rows} rows, its head row
     * included, and 30 columns at the end of its first section: 2 000 rows are the 60 000 cells a
     * bulletin may hold at most, with no other table's cells beside them.
     */
    static JsonNode longTable(JsonNode data, int rows) {
        JsonNode copy = data.deepCopy();
        if (!(copy.path("sections").path(0).path("blocks") instanceof ArrayNode blocks)) {
            throw new IllegalArgumentException("--table-rows needs a generic-bulletin's data (sections with blocks)");
        }
        withoutTables(copy);
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
        for (int r = 0; r < rows - 1; r++) {
            ArrayNode row = body.addArray();
            row.add("第" + (r + 1) + "行");
            for (int c = 1; c < 30; c++) {
                row.add((long) (r + 1) * c);
            }
        }
        return copy;
    }

    /** Removes every table block, typed ({@code "type": "table"}) or keyed ({@code "table": {…}}), wherever it stands. */
    private static void withoutTables(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(property -> withoutTables(property.getValue()));
        } else if (node instanceof ArrayNode array) {
            for (int i = array.size() - 1; i >= 0; i--) {
                JsonNode element = array.get(i);
                if (element.isObject() && ("table".equals(element.path("type").asString(null)) || element.has("table"))) {
                    array.remove(i);
                }
            }
            array.forEach(Workloads::withoutTables);
        }
    }
}
