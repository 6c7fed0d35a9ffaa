package press.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import press.testing.Fixtures;

/** The staff page labels every field by its schema title: each kind's every property carries a Chinese one. */
class SchemaTitlesTest {

    @Test
    void everyPropertyOfEveryKindHasAChineseTitle() throws IOException {
        List<Path> schemas;
        try (Stream<Path> kinds = Files.list(Fixtures.root().resolve("templates"))) {
            schemas = kinds.map(kind -> kind.resolve("schema.json")).filter(Files::exists).sorted().toList();
        }
        assertFalse(schemas.isEmpty());
        List<String> untitled = new ArrayList<>();
        for (Path schema : schemas) {
            walk(new ObjectMapper().readTree(schema.toFile()), schema.getParent().getFileName() + ":$", untitled);
        }
        assertEquals(List.of(), untitled);
    }

    /** Property schemas, through items, definitions and the branches of conditions (not their `if`, which only tests). */
    private static void walk(JsonNode node, String where, List<String> untitled) {
        if (!node.isObject()) {
            return;
        }
        node.path("properties").properties().forEach(property -> {
            JsonNode schema = property.getValue();
            if (schema.isObject() && !schema.isEmpty() && !schema.path("title").asText().matches(".*\\p{IsHan}.*")) {
                untitled.add(where + "." + property.getKey());
            }
            walk(schema, where + "." + property.getKey(), untitled);
        });
        for (String key : new String[] {"items", "then", "else"}) {
            walk(node.path(key), where + "/" + key, untitled);
        }
        for (String key : new String[] {"allOf", "oneOf", "anyOf"}) {
            for (int i = 0; i < node.path(key).size(); i++) {
                walk(node.path(key).get(i), where + "/" + key + i, untitled);
            }
        }
        node.path("$defs").properties().forEach(definition -> walk(definition.getValue(), "#" + definition.getKey(), untitled));
    }
}
