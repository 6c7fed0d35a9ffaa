package press.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import press.pipeline.Format;
import press.pipeline.RenderOptions;
import press.pipeline.RenderRequest;
import press.testing.Docx;
import press.testing.Fixtures;

/**
 * Every DOCX we write conforms: each WordprocessingML part validates against the ECMA-376
 * transitional schemas (as XMLBeans compiled them for Apache POI — a check of the XML itself, not
 * of what docx4j can read back), drawing ids are unique, and every relationship a part uses
 * exists and points at a part in the package. Every fixture in every variant, with and without
 * embedded fonts.
 */
class DocxConformanceTest {

    private static final Pattern RELATIONSHIP_USE = Pattern.compile("r:(?:id|embed|link)=\"([^\"]+)\"");
    private static final Pattern RELATIONSHIP = Pattern.compile("<Relationship [^>]*?Id=\"([^\"]+)\"[^>]*?>|"
            + "<Relationship [^>]*?Target=\"([^\"]+)\"[^>]*?>");

    static Stream<Arguments> documents() {
        List<Arguments> documents = new ArrayList<>();
        for (String fixture : List.of(Fixtures.REFERENCE, "wenchuan-2020-06", "yunling-2026-10")) {
            String kind = Fixtures.read(Fixtures.fixture(fixture).resolve("fixture.json")).contains("generic-bulletin")
                    ? "generic-bulletin" : Fixtures.KIND;
            for (String variant : Fixtures.press().catalogue().kind(kind).orElseThrow().variantNames()) {
                for (boolean embed : List.of(false, true)) {
                    documents.add(Arguments.of(fixture, kind, variant, embed));
                }
            }
        }
        return documents.stream();
    }

    @ParameterizedTest(name = "{0} {2} embedded={3}")
    @MethodSource("documents")
    void everyPartValidatesAndEveryReferenceResolves(String fixture, String kind, String variant, boolean embed)
            throws Exception {
        Docx docx = new Docx(Fixtures.press().render(new RenderRequest(kind, variant, Format.DOCX, Fixtures.data(fixture),
                RenderOptions.embeddingFonts(embed))).bytes());
        List<String> problems = new ArrayList<>();
        for (String part : docx.parts().keySet()) {
            XmlObject parsed = parse(part, docx.bytes(part));
            if (parsed != null) {
                List<XmlError> errors = new ArrayList<>();
                XmlOptions options = new XmlOptions().setErrorListener(errors);
                if (!parsed.validate(options)) {
                    errors.forEach(error -> problems.add(part + ": " + error.getMessage()));
                }
            }
        }
        assertEquals(List.of(), problems.subList(0, Math.min(10, problems.size())));
        assertUniqueDrawingIds(docx.text("word/document.xml"));
        for (String part : docx.parts().keySet()) {
            if (part.endsWith(".xml") && !part.contains("_rels")) {
                assertRelationshipsResolve(docx, part);
            }
        }
    }

    /**
     * The part as a schema sees it after markup-compatibility processing (ECMA-376 Part 3): the
     * {@code mc:Ignorable} attribute is consumed by that processing, and docx4j writes an empty one.
     */
    private static XmlObject parse(String part, byte[] bytes) throws Exception {
        String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replaceAll(" mc:Ignorable=\"[^\"]*\"", "");
        ByteArrayInputStream in = new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (part.equals("word/document.xml")) {
            return DocumentDocument.Factory.parse(in);
        } else if (part.equals("word/styles.xml")) {
            return StylesDocument.Factory.parse(in);
        } else if (part.equals("word/settings.xml")) {
            return SettingsDocument.Factory.parse(in);
        } else if (part.equals("word/fontTable.xml")) {
            return FontsDocument.Factory.parse(in);
        } else if (part.matches("word/footer\\d*\\.xml")) {
            return FtrDocument.Factory.parse(in);
        }
        return null;
    }

    private static void assertUniqueDrawingIds(String document) {
        Matcher ids = Pattern.compile("<wp:docPr id=\"(\\d+)\"").matcher(document);
        Set<String> seen = new HashSet<>();
        while (ids.find()) {
            assertTrue(seen.add(ids.group(1)), "drawing id " + ids.group(1) + " twice");
        }
    }

    private static void assertRelationshipsResolve(Docx docx, String part) {
        int slash = part.lastIndexOf('/');
        String folder = part.substring(0, slash + 1);
        String rels = folder + "_rels/" + part.substring(slash + 1) + ".rels";
        Matcher uses = RELATIONSHIP_USE.matcher(docx.text(part));
        Map<String, String> targets = new java.util.HashMap<>();
        if (docx.has(rels)) {
            Matcher relationship = Pattern.compile("<Relationship\\b([^>]*)>").matcher(docx.text(rels));
            while (relationship.find()) {
                String attributes = relationship.group(1);
                String id = attribute(attributes, "Id");
                String target = attribute(attributes, "Target");
                if (!attributes.contains("TargetMode=\"External\"")) {
                    targets.put(id, target);
                }
            }
        }
        while (uses.find()) {
            String id = uses.group(1);
            assertTrue(targets.containsKey(id), part + " uses relationship " + id + ", which " + rels + " lacks");
        }
        for (Map.Entry<String, String> target : targets.entrySet()) {
            String path = target.getValue().startsWith("/") ? target.getValue().substring(1) : folder + target.getValue();
            assertTrue(docx.has(java.nio.file.Path.of(path).normalize().toString()), rels + " " + target.getKey()
                    + " points at " + path + ", which the package lacks");
        }
    }

    private static String attribute(String attributes, String name) {
        Matcher value = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return value.find() ? value.group(1) : "";
    }
}
