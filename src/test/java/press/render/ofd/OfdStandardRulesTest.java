package press.render.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import press.testing.FixtureVariant;

/**
 * Every element and attribute of every OFD we write keeps to GB/T 33190's rules as
 * {@link Gbt33190} writes them down from the standard's text; and the check finds what it
 * should (a misplaced element, an attribute the standard does not give, a reference to
 * nothing), so a clean result means something.
 */
class OfdStandardRulesTest {

    @TestFactory
    Stream<DynamicTest> everyPackageOfEveryFixtureAndVariantKeepsToTheStandardsRules() {
        return OfdSamples.all().stream().flatMap(sample -> Stream.of(
                DynamicTest.dynamicTest(sample + " OFD", () -> assertEquals(List.of(),
                        OfdRuleCheck.of(new OfdFile(OfdSamples.ofd(sample))))),
                DynamicTest.dynamicTest(sample + " OFD-A", () -> assertEquals(List.of(),
                        OfdRuleCheck.of(new OfdFile(OfdSamples.archivalOfd(sample)))))));
    }

    @Test
    void theCheckFindsAMisplacedColourAnUnknownAttributeAndAFontThatIsNotThere() {
        FixtureVariant sample = OfdSamples.all().get(0);
        OfdFile ofd = new OfdFile(OfdSamples.ofd(sample));
        String page = ofd.pages().get(0).content();
        String content = new String(ofd.bytes(page), StandardCharsets.UTF_8);
        int object = content.indexOf("<ofd:TextObject ");
        assertTrue(object > 0, "the first page has text");
        String tampered = content.substring(0, object) + content.substring(object)
                .replaceFirst("<ofd:TextObject ", "<ofd:TextObject Colour=\"red\" ")
                .replaceFirst("Font=\"\\d+\"", "Font=\"999999\"");
        int code = tampered.indexOf("<ofd:TextCode", object);
        int end = tampered.indexOf("</ofd:TextCode>", code) + "</ofd:TextCode>".length();
        tampered = tampered.substring(0, end) + "<ofd:FillColor Value=\"0 0 0\"/>" + tampered.substring(end);
        List<String> findings = OfdRuleCheck.of(OfdSamples.replaced(ofd, page, tampered.getBytes(StandardCharsets.UTF_8)));
        String all = String.join("\n", findings);
        assertTrue(all.contains("attribute the standard does not give it: Colour"), all);
        assertTrue(all.contains("refers to 999999, which is no identifier"), all);
        assertTrue(all.contains("FillColor (child"), all);
    }

    @Test
    void theCheckFindsALocationOutsideThePackageAndABoxWithNoWidth() {
        OfdFile ofd = new OfdFile(OfdSamples.ofd(OfdSamples.all().get(0)));
        String resources = ofd.resourceParts().get(0);
        String xml = new String(ofd.bytes(resources), StandardCharsets.UTF_8).replaceFirst("font_1", "missing_font");
        String page = ofd.pages().get(0).content();
        String content = new String(ofd.bytes(page), StandardCharsets.UTF_8)
                .replaceFirst("Boundary=\"([-\\d.]+) ([-\\d.]+) [\\d.]+ ", "Boundary=\"$1 $2 0 ");
        OfdFile broken = new OfdFile(OfdSamples.zip(OfdSamples.replaced(ofd, resources, xml.getBytes(StandardCharsets.UTF_8)),
                page, content.getBytes(StandardCharsets.UTF_8)));
        String all = String.join("\n", OfdRuleCheck.of(broken));
        assertTrue(all.contains("FontFile = 'missing_font"), all);
        assertTrue(all.contains("@Boundary"), all);
    }
}
