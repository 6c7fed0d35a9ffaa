package press.render.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The archive's OFD-A keeps every rule of {@link OfdArchivalRules} (GB/T 42133-2022) for
 * every fixture and variant; the plain OFD, which is not OFD-A, breaks the first; and a
 * package given an outside location and a URI action breaks those rules.
 */
class OfdArchivalRulesTest {

    @TestFactory
    Stream<DynamicTest> everyArchivalPackageKeepsEveryOfdARule() {
        return OfdSamples.all().stream().map(sample -> DynamicTest.dynamicTest(sample.toString(), () ->
                assertEquals(List.of(), OfdArchivalRules.breaches(new OfdFile(OfdSamples.archivalOfd(sample))))));
    }

    @Test
    void aPlainOfdIsNotOfdAAndSaysSo() {
        List<String> breaches = OfdArchivalRules.breaches(new OfdFile(OfdSamples.ofd(OfdSamples.all().get(0))));
        assertEquals(List.of("DocType is OFD-A: DocType is OFD"), breaches);
    }

    @Test
    void anOutsideLocationAndAUriActionBreakTheirRules() {
        OfdFile ofd = new OfdFile(OfdSamples.archivalOfd(OfdSamples.all().get(0)));
        String document = ofd.documentPart();
        String xml = new String(ofd.bytes(document), StandardCharsets.UTF_8);
        int goTo = xml.indexOf("<ofd:Goto>");
        assertTrue(goTo > 0, "the reference has an outline");
        int end = xml.indexOf("</ofd:Goto>", goTo) + "</ofd:Goto>".length();
        String tampered = xml.substring(0, goTo) + "<ofd:URI URI=\"https://example.org/\"/>" + xml.substring(end);
        String all = String.join("\n", OfdArchivalRules.breaches(OfdSamples.replaced(ofd, document,
                tampered.getBytes(StandardCharsets.UTF_8))));
        assertTrue(all.contains("nothing outside the package"), all);
        assertTrue(all.contains("no action but Goto: " + document + ": an action [URI]"), all);
    }
}
