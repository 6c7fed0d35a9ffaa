package press.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.failure.Reason;
import press.model.Addressees;
import press.model.Document;
import press.model.Note;
import press.model.OfficialHead;
import press.model.Signature;
import press.testing.Failures;
import press.testing.OfficialData;

/** The 公文's own elements read into the model, and what is wrong in them refused with its place. */
class OfficialMarkupTest {

    private final MarkupReader reader = new MarkupReader();

    private static String bulletin(String body) {
        return "<bulletin><meta title=\"通知\"/>" + body + "</bulletin>";
    }

    @Test
    void readsTheHeadTheAddresseesTheSignatureAndTheNote() {
        String seal = OfficialData.sealDataUri();
        Document document = reader.read(bulletin("""
                <head copy="000123" secrecy="秘密★1年" urgency="特急" number="川政发〔2020〕1号" suffix="文件">
                  <issuer>四川省人民政府</issuer><issuer>四川省财政厅</issuer><signer>张三</signer>
                </head>
                <title>关于做好某项工作的通知</title>
                <addressees><to>各市（州）人民政府</to><to>省直各部门</to></addressees>
                <p>正文。</p>
                <signature office="四川省人民政府" date="2020年6月10日" seal="%s"/>
                <note>此件公开发布</note>""".formatted(seal)));
        OfficialHead head = (OfficialHead) document.blocks().get(0);
        assertEquals(List.of("四川省人民政府", "四川省财政厅"), head.issuers());
        assertEquals(List.of("000123", "秘密★1年", "特急"), head.notices());
        assertEquals(List.of("张三"), head.signers());
        assertEquals("川政发〔2020〕1号", head.documentNumber());
        assertEquals(List.of("各市（州）人民政府", "省直各部门"), ((Addressees) document.blocks().get(2)).names());
        Signature signature = (Signature) document.blocks().get(4);
        assertEquals(Base64.getDecoder().decode(seal.substring(seal.indexOf(',') + 1)).length,
                signature.signatories().get(0).seal().orElseThrow().size());
        assertEquals("此件公开发布", ((Note) document.blocks().get(5)).text());
    }

    @Test
    void aHeadNeedsAnIssuerAndASealMustBeAPng() {
        var noIssuer = Failures.assertFails(Reason.BROKEN_MARKUP, () -> reader.read(bulletin("<head number=\"1号\"></head>")));
        assertTrue(noIssuer.getMessage().contains("issuers must not be empty"), noIssuer.getMessage());
        var gif = Failures.assertFails(Reason.BROKEN_MARKUP, () -> reader.read(bulletin(
                "<signature office=\"某局\" date=\"2020年6月10日\" seal=\"data:image/png;base64,R0lGODlhAQABAAAAACw=\"/>")));
        assertTrue(gif.getMessage().contains("is gif"), gif.getMessage());
        var notData = Failures.assertFails(Reason.BROKEN_MARKUP, () -> reader.read(bulletin(
                "<signature office=\"某局\" date=\"2020年6月10日\" seal=\"file:///etc/passwd\"/>")));
        assertTrue(notData.getMessage().contains("data URI"), notData.getMessage());
    }
}
