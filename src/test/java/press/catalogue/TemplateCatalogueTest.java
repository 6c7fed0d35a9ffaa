package press.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manifest's variant is one sentence, as offices wrote them, or a title with its description. */
class TemplateCatalogueTest {

    @TempDir
    Path templates;

    @Test
    void aVariantWrittenAsOneSentenceStillLoadsAndIsCalledByItsName() throws IOException {
        kind("""
                {"title": "值班表", "defaultVariant": "plain", "variants": {"plain": "one table"}}""");
        Variant plain = TemplateCatalogue.load(templates).kind("duty-roster").orElseThrow().variant("plain").orElseThrow();
        assertEquals(new Variant("plain", "plain", "one table"), plain);
    }

    @Test
    void aVariantWrittenAsAnObjectCarriesItsTitleAndDescriptionAndMayOmitEither() throws IOException {
        kind("""
                {"title": "值班表", "defaultVariant": "plain", "variants": {
                  "plain": {"title": "值班表", "description": "一张表"}, "wide": {"description": "横排"}, "bare": {}}}""");
        Kind kind = TemplateCatalogue.load(templates).kind("duty-roster").orElseThrow();
        assertEquals(new Variant("plain", "值班表", "一张表"), kind.variant("plain").orElseThrow());
        assertEquals(new Variant("wide", "wide", "横排"), kind.variant("wide").orElseThrow());
        assertEquals(new Variant("bare", "bare", ""), kind.variant("bare").orElseThrow());
    }

    @Test
    void aVariantWithAMisspelledKeyOrNotTextIsRefusedNamingTheKindAndVariant() throws IOException {
        for (String variant : new String[] {"{\"titel\": \"值班表\"}", "{\"title\": 7}", "[\"值班表\"]"}) {
            kind("{\"title\": \"值班表\", \"defaultVariant\": \"plain\", \"variants\": {\"plain\": " + variant + "}}");
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> TemplateCatalogue.load(templates));
            assertTrue(refused.getMessage().startsWith("kind duty-roster, variant plain: "), refused.getMessage());
        }
    }

    private void kind(String manifest) throws IOException {
        Path kind = Files.createDirectories(templates.resolve("duty-roster"));
        Files.writeString(kind.resolve("manifest.json"), manifest);
        Files.writeString(kind.resolve("schema.json"), "{\"type\": \"object\"}");
        for (String variant : new String[] {"plain", "wide", "bare"}) {
            Files.writeString(kind.resolve(variant + ".ftlx"), "<bulletin/>");
            Files.writeString(kind.resolve(variant + ".style.json"), "{}");
        }
    }
}
