package press.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.catalogue.Kind;
import press.model.PlainText;
import press.testing.Fixtures;
import press.testing.TemplatesCopy;
import tools.jackson.databind.node.ObjectNode;

/** The reference kind's sentences come from its phrases file: edited there, they change the next render. */
class PhrasesTest {

    private static final String KIND = "gov-service-monthly";

    @TempDir
    Path folder;

    private static String text(BulletinPress press, tools.jackson.databind.JsonNode data) {
        Kind kind = press.catalogue().kind(KIND).orElseThrow();
        return PlainText.of(press.document(kind, kind.variant("jianbao").orElseThrow(), data));
    }

    @Test
    void thePhrasesFillTheirBlanksAsTheTemplateUsedTo() {
        String text = text(Fixtures.press(), Fixtures.data(Fixtures.REFERENCE));

        assertTrue(text.contains("5月，全州共受理各类行政审批和公共服务事项80564件、办结80225件，办结率为99.58%。"), text);
    }

    @Test
    void aPhraseEditedChangesTheNextRender() {
        TemplatesCopy templates = TemplatesCopy.in(folder).edit(KIND + "/phrases.json",
                "{范围}共受理各类行政审批和公共服务事项", "{范围}累计受理各类行政审批和公共服务事项");
        BulletinPress press = BulletinPress.open(templates.root(), Fixtures.root().resolve("fonts"));

        String text = text(press, Fixtures.data(Fixtures.REFERENCE));

        assertTrue(text.contains("5月，全州累计受理各类行政审批和公共服务事项80564件"), text);
        assertNotEquals(Fixtures.press().phrases(KIND).sha256(), press.phrases(KIND).sha256());
    }

    @Test
    void anOptionalPartIsLeftOutWhereItsBlankHasNoValue() {
        ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
        ((ObjectNode) data.path("caseHandling").path("lower")).put("accepted", 0).put("completed", 0);

        String text = text(Fixtures.press(), data);

        assertTrue(text.contains("政务服务平台受理各类事项0件，办结0件。"), text);
        assertFalse(text.contains("办结率为—"), text);
    }
}
