package press.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.catalogue.Kind;
import press.failure.Failure;
import press.failure.Reason;
import press.model.PlainText;
import press.testing.Failures;
import press.testing.Fixtures;
import press.testing.TemplatesCopy;

/** Templates changed under a running press replace the loaded ones only once they pass their check. */
class ReloadingPressTest {

    private static final String KIND = "gov-service-monthly";

    @TempDir
    Path folder;

    private static String text(ReloadingPress press) {
        BulletinPress serving = press.press();
        Kind kind = serving.catalogue().kind(KIND).orElseThrow();
        return PlainText.of(serving.document(kind, kind.variant("jianbao").orElseThrow(), Fixtures.data(Fixtures.REFERENCE)));
    }

    @Test
    void aBrokenTemplateDroppedInIsRefusedAndTheLoadedOneKeepsServing() {
        TemplatesCopy templates = TemplatesCopy.in(folder);
        ReloadingPress press = ReloadingPress.open(templates.root(), Fixtures.root().resolve("fonts"));
        BulletinPress before = press.press();
        String textBefore = text(press);

        templates.edit(KIND + "/lib.ftlx", "<appendix number=\"1\" title=\"${platform.title}\">",
                "<appendix number=\"1\" title=\"${platform.titel}\">");
        Failure refused = Failures.assertFails(Reason.TEMPLATE_ERROR, press::reload);

        assertSame(before, press.press());
        assertEquals(textBefore, text(press));
        assertTrue(press.templates().refused());
        assertEquals(KIND + "/lib.ftlx", press.templates().details().get(0).get("file"));
        assertTrue(press.templates().toMap().get("problem").toString().contains("platform.titel"), refused.getMessage());
        press.render(new RenderRequest(KIND, null, Format.PDF, Fixtures.data(Fixtures.REFERENCE)));
    }

    @Test
    void aChangeThatPassesItsCheckServesFromTheNextRequest() {
        TemplatesCopy templates = TemplatesCopy.in(folder);
        ReloadingPress press = ReloadingPress.open(templates.root(), Fixtures.root().resolve("fonts"));

        templates.edit(KIND + "/phrases.json", "{范围}共受理各类", "{范围}合计受理各类");
        press.reload();

        assertFalse(press.templates().refused());
        assertTrue(text(press).contains("全州合计受理各类行政审批和公共服务事项80564件"), text(press));
    }

    @Test
    void aSyntaxErrorAnywhereInTheFolderIsRefusedBeforeAnyRender() {
        TemplatesCopy templates = TemplatesCopy.in(folder);
        ReloadingPress press = ReloadingPress.open(templates.root(), Fixtures.root().resolve("fonts"));

        templates.edit("official-document/lib.ftlx", "<#macro", "<#macro <#if");
        Failure refused = Failures.assertFails(Reason.TEMPLATE_ERROR, press::reload);

        assertEquals("official-document/lib.ftlx", refused.details().get(0).get("file"));
        assertTrue(text(press).contains("全州共受理"));
    }
}
