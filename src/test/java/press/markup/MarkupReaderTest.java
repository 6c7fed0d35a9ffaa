package press.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.failure.Reason;
import press.model.Appendix;
import press.model.Closing;
import press.model.Document;
import press.model.Heading;
import press.model.Inline;
import press.model.LineBreak;
import press.model.Paragraph;
import press.model.Strong;
import press.model.Table;
import press.model.Text;
import press.testing.Failures;

class MarkupReaderTest {

    private final MarkupReader reader = new MarkupReader();

    private static String bulletin(String body) {
        return "<bulletin>\n<meta title=\"概况\" period=\"2020-05\" issued=\"2020-06-10\"/>\n" + body + "\n</bulletin>";
    }

    @Test
    void readsEveryPartOfABulletin() {
        Document document = reader.read(bulletin("""
                <title>全州政务服务工作概况</title>
                <heading level="1">完成情况</heading>
                <p>5月，全州共受理<strong>80564</strong>件。</p>
                <attachments><attachment>统计表</attachment></attachments>
                <appendix number="1" title="统计表">
                  <table orientation="portrait">
                    <columns><column kind="text"/><column kind="number"/></columns>
                    <head><row><cell>区域</cell><cell>件数</cell></row></head>
                    <body><row><cell>理县</cell><cell>117</cell></row></body>
                    <foot><row><cell>合计</cell><cell>117</cell></row></foot>
                  </table>
                </appendix>
                <closing disclosure="主动公开" office="办公室" date="2020年6月10日印">
                  <distribution label="报"><to>省中心</to><to>州委办公室</to></distribution>
                </closing>"""));

        assertEquals("概况", document.metadata().title());
        assertEquals(6, document.blocks().size());
        assertEquals(new Heading(1, List.of(new Text("完成情况"))), document.blocks().get(1));
        assertEquals(new Paragraph(List.of(new Text("5月，全州共受理"), new Strong(List.of(new Text("80564"))),
                new Text("件。"))), document.blocks().get(2));
        Table table = (Table) ((Appendix) document.blocks().get(4)).content().get(0);
        assertEquals("合计", table.foot().get(0).cells().get(0).plainText());
        Closing closing = assertInstanceOf(Closing.class, document.blocks().get(5));
        assertEquals(List.of("省中心", "州委办公室"), closing.distribution().get(0).recipients());
    }

    @Test
    void templateIndentationNeverShowsInTheText() {
        Document document = reader.read(bulletin("<p>\n    第一行\n    <br/>\n    第二行   有空格\n  </p>"));
        List<Inline> content = ((Paragraph) document.blocks().get(0)).content();
        assertEquals(List.of(new Text("第一行"), new LineBreak(), new Text("第二行 有空格")), content);
    }

    @Test
    void anUnknownElementIsRefusedWithItsLineAndColumn() {
        var error = Failures.assertFails(Reason.BROKEN_MARKUP, () -> reader.read(bulletin("<p>正文</p>\n<script>x</script>")));
        assertEquals(4, Failures.line(error));
        assertTrue(Failures.column(error) > 1);
        assertTrue(error.getMessage().contains("unknown element <script> in <bulletin>"), error.getMessage());
    }

    @Test
    void anUnknownAttributeIsRefusedWithItsLineAndColumn() {
        var error = Failures.assertFails(Reason.BROKEN_MARKUP, () -> reader.read(bulletin("<p style=\"color:red\">正文</p>")));
        assertEquals(3, Failures.line(error));
        assertTrue(error.getMessage().contains("unknown attribute 'style' on <p>"), error.getMessage());
    }

    @Test
    void aDoctypeIsRefused() {
        String withDoctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE bulletin [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + bulletin("<p>&x;</p>");
        var error = Failures.assertFails(Reason.BROKEN_MARKUP, () -> reader.read(withDoctype));
        assertTrue(error.getMessage().contains("DOCTYPE is not allowed"), error.getMessage());
        assertEquals(2, Failures.line(error));
    }

    @Test
    void anUndeclaredEntityIsRefused() {
        var error = Failures.assertFails(Reason.BROKEN_MARKUP, () -> reader.read(bulletin("<p>&nbsp;</p>")));
        assertTrue(error.getMessage().contains("nbsp"), error.getMessage());
    }

    @Test
    void escapedMarkupInTextStaysText() {
        Document document = reader.read(bulletin("<p>&lt;b&gt; &amp; ${x} &lt;#if&gt;</p>"));
        assertEquals("<b> & ${x} <#if>", Inline.plainText(((Paragraph) document.blocks().get(0)).content()));
    }

    @Test
    void modelRulesBecomeLocatedMarkupErrors() {
        var error = Failures.assertFails(Reason.BROKEN_MARKUP, () -> reader.read(bulletin("""
                <table><columns><column/><column/></columns>
                <body><row><cell>只有一格</cell></row></body></table>""")));
        assertTrue(error.getMessage().contains("covers fewer than the 2 columns"), error.getMessage());
        assertEquals(4, Failures.line(error));
    }

    @Test
    void aHeadingNeedsAValidLevel() {
        var error = Failures.assertFails(Reason.BROKEN_MARKUP, () -> reader.read(bulletin("<heading level=\"一\">标题</heading>")));
        assertTrue(error.getMessage().contains("'level' must be a whole number"), error.getMessage());
    }

    @Test
    void looseTextBetweenBlocksIsRefused() {
        var error = Failures.assertFails(Reason.BROKEN_MARKUP, () -> reader.read(bulletin("游离文字<p>正文</p>")));
        assertTrue(error.getMessage().contains("text is not allowed here"), error.getMessage());
    }

    @Test
    void malformedXmlIsRefusedWithItsPosition() {
        var error = Failures.assertFails(Reason.BROKEN_MARKUP, () -> reader.read(bulletin("<p>未闭合")));
        assertTrue(Failures.line(error) >= 3, "line " + Failures.line(error));
    }
}
