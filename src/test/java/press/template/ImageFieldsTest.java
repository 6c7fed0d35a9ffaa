package press.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.catalogue.Kind;
import press.catalogue.TemplateCatalogue;
import press.testing.Fixtures;
import press.testing.ImageFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pictures are decoded only in the fields the schema marks {@code "format": "image-data-uri"};
 * a data URI in any other field is text, whatever it holds.
 */
class ImageFieldsTest {

    /** Far below the 1.3 GB the bomb's text inflates to. */
    private static final long BOUND = 64L * 1024 * 1024;
    private static final String FIGURE = "$.sections[3].blocks[3].src";

    private final DataValidator validator = new DataValidator();
    private final TemplateCatalogue catalogue = TemplateCatalogue.load(Fixtures.root().resolve("templates"));
    private final Kind generic = catalogue.kind("generic-bulletin").orElseThrow();

    private List<Violation> violations(Kind kind, ObjectNode data) {
        validator.violations(kind, Fixtures.data("yunling-2026-10")); // the schema compiled before measuring
        long before = ImageFiles.allocated();
        List<Violation> violations = validator.violations(kind, data);
        long allocated = ImageFiles.allocated() - before;
        assertTrue(allocated < BOUND, "validating took " + allocated + " bytes: " + violations);
        return violations;
    }

    @Test
    void theTextBombInATextFieldIsNeverDecodedAndIsAtMostTooLong() {
        ObjectNode data = Fixtures.data("yunling-2026-10");
        data.put("subtitle", ImageFiles.uri("png", ImageFiles.textBomb()));
        List<Violation> violations = violations(generic, data);
        assertEquals(List.of("$.subtitle"), violations.stream().map(Violation::path).toList());
        assertTrue(violations.get(0).message().contains("at most 200 characters"), violations.toString());
    }

    @Test
    void aBrokenPictureInATextFieldIsTextAndNoProblem() {
        ObjectNode data = Fixtures.data("yunling-2026-10");
        ((ObjectNode) data.at("/sections/1/blocks/2")).put("text", "data:image/png;base64,iVBORw0KGgo=");
        assertEquals(List.of(), violations(generic, data));
    }

    @Test
    void theTextBombInAnImageFieldIsRefusedAtItsPathWithoutInflatingItsText() {
        ObjectNode data = Fixtures.data("yunling-2026-10");
        ((ObjectNode) data.at("/sections/3/blocks/3")).put("src", ImageFiles.uri("png", ImageFiles.textBomb()));
        List<Violation> violations = violations(generic, data);
        assertEquals(List.of(FIGURE), violations.stream().map(Violation::path).toList());
        assertTrue(violations.get(0).message().contains("more than 64 chunks"), violations.toString());
    }

    @Test
    void hugeTruncatedOrOverstuffedPicturesAreRefusedNamingTheirField() {
        byte[] jpeg = ImageFiles.picture("jpeg", 300, 200, true);
        byte[] png = ImageFiles.picture("png", 300, 200, true);
        List<String> refusals = List.of(
                ImageFiles.uri("png", ImageFiles.pngClaiming(100_000, 100_000, 8, 6)),
                ImageFiles.uri("png", ImageFiles.withChunks(png, ImageFiles.chunk("tEXt", new byte[] {'a', 0, 'b'}), 65)),
                ImageFiles.uri("jpeg", ImageFiles.cut(jpeg, jpeg.length / 2)),
                ImageFiles.uri("png", ImageFiles.cut(png, png.length / 2)));
        for (String uri : refusals) {
            ObjectNode data = Fixtures.data("yunling-2026-10");
            ((ObjectNode) data.at("/sections/3/blocks/3")).put("src", uri);
            List<Violation> violations = violations(generic, data);
            assertEquals(List.of(FIGURE), violations.stream().map(Violation::path).toList());
        }
        Kind monthly = catalogue.kind(Fixtures.KIND).orElseThrow();
        ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
        ((ObjectNode) data.get("signature")).put("seal", ImageFiles.uri("png", ImageFiles.cut(png, png.length / 2)));
        List<Violation> violations = validator.violations(monthly, data);
        assertEquals(List.of("$.signature.seal"), violations.stream().map(Violation::path).toList());
        assertTrue(violations.get(0).message().contains("cut short"), violations.toString());
    }

    /** The data format is a contract: every field whose pattern takes a data URI is marked, and only those. */
    @Test
    void everySchemaMarksExactlyTheFieldsThatTakePictures() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        int marked = 0;
        for (Kind kind : catalogue.kinds()) {
            List<JsonNode> fields = new ArrayList<>();
            collect(json.readTree(Files.readString(kind.schemaFile())), fields);
            for (JsonNode field : fields) {
                boolean takesDataUri = field.path("pattern").asString("").startsWith("^data:image/");
                boolean isMarked = field.path("format").asString("").equals(ImageFormat.NAME);
                assertEquals(takesDataUri, isMarked, kind.name() + ": " + field);
                marked += isMarked ? 1 : 0;
            }
        }
        assertEquals(5, marked, "the seals of the three kinds and the image blocks of the generic and official kinds");
        assertFalse(catalogue.kinds().isEmpty());
    }

    private static void collect(JsonNode node, List<JsonNode> fields) {
        if (node.isObject() && (node.has("pattern") || node.has("format"))) {
            fields.add(node);
        }
        node.forEach(child -> collect(child, fields));
    }
}
