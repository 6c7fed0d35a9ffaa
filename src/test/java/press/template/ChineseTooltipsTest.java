package press.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.catalogue.Kind;
import press.catalogue.TemplateCatalogue;
import press.catalogue.Variant;
import press.testing.Fixtures;

/**
 * The staff page shows a field's schema description and a variant's manifest description as
 * tooltips, and kinds and variants by their titles: in the shipped templates all of them are Chinese.
 */
class ChineseTooltipsTest {

    @Test
    void everyDescriptionAndTitleAClerkSeesInTheShippedTemplatesIsWrittenInChinese() throws IOException {
        Path root = Fixtures.root().resolve("templates");
        List<Kind> kinds = TemplateCatalogue.load(root).kinds();
        assertFalse(kinds.isEmpty());
        List<String> english = new ArrayList<>();
        for (Kind kind : kinds) {
            check(kind.title(), kind.name() + " title", english);
            check(kind.description(), kind.name() + " description", english);
            for (String name : kind.variantNames()) {
                Variant variant = kind.variant(name).orElseThrow();
                check(variant.title(), kind.name() + "/" + name + " title", english);
                check(variant.description(), kind.name() + "/" + name + " description", english);
            }
            descriptions(new ObjectMapper().readTree(kind.schemaFile().toFile()), kind.name() + ":$", english);
        }
        assertEquals(List.of(), english);
    }

    /** Every description in the schema, wherever it sits: properties, items, definitions, branches. */
    private static void descriptions(JsonNode node, String where, List<String> english) {
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                if (entry.getKey().equals("description") && entry.getValue().isTextual()) {
                    check(entry.getValue().asText(), where, english);
                } else {
                    descriptions(entry.getValue(), where + "/" + entry.getKey(), english);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                descriptions(node.get(i), where + "[" + i + "]", english);
            }
        }
    }

    private static void check(String text, String where, List<String> english) {
        if (!text.matches("(?s).*\\p{IsHan}.*")) {
            english.add(where + ": " + text);
        }
    }
}
