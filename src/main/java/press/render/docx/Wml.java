package press.render.docx;

import java.math.BigInteger;
import org.docx4j.jaxb.Context;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.STBrType;
import org.docx4j.wml.Text;
import press.render.style.Align;

/** Small constructors for WordprocessingML objects, and the unit conversions Word wants. */
final class Wml {

    static final ObjectFactory FACTORY = Context.getWmlObjectFactory();

    private Wml() {
    }

    /** Points to twentieths of a point. */
    static BigInteger twips(float points) {
        return BigInteger.valueOf(Math.round(points * 20));
    }

    /** Points to eighths of a point, the unit of border widths. */
    static BigInteger eighths(float points) {
        return BigInteger.valueOf(Math.max(2, Math.round(points * 8)));
    }

    /** Points to half-points, the unit of font sizes. */
    static BigInteger halfPoints(float points) {
        return BigInteger.valueOf(Math.round(points * 2));
    }

    static BooleanDefaultTrue on() {
        return new BooleanDefaultTrue();
    }

    static BooleanDefaultTrue off() {
        BooleanDefaultTrue off = new BooleanDefaultTrue();
        off.setVal(false);
        return off;
    }

    static String hex(int rgb) {
        return String.format("%06X", rgb & 0xffffff);
    }

    static Jc jc(Align align) {
        Jc jc = FACTORY.createJc();
        jc.setVal(switch (align) {
            case LEFT -> JcEnumeration.LEFT;
            case CENTER -> JcEnumeration.CENTER;
            case RIGHT -> JcEnumeration.RIGHT;
            case JUSTIFY -> JcEnumeration.BOTH;
        });
        return jc;
    }

    static P paragraph(String style) {
        P p = FACTORY.createP();
        PPr pPr = FACTORY.createPPr();
        PPrBase.PStyle pStyle = FACTORY.createPPrBasePStyle();
        pStyle.setVal(style);
        pPr.setPStyle(pStyle);
        p.setPPr(pPr);
        return p;
    }

    static Text text(String value) {
        Text text = FACTORY.createText();
        text.setValue(value);
        text.setSpace("preserve");
        return text;
    }

    static R pageBreak() {
        R run = FACTORY.createR();
        Br br = FACTORY.createBr();
        br.setType(STBrType.PAGE);
        run.getContent().add(br);
        return run;
    }

    static CTBorder border(float points, int rgb) {
        CTBorder border = FACTORY.createCTBorder();
        border.setVal(points > 0 ? STBorder.SINGLE : STBorder.NIL);
        border.setSz(eighths(points));
        border.setSpace(BigInteger.ZERO);
        border.setColor(hex(rgb));
        return border;
    }

    static CTBorder noBorder() {
        CTBorder border = FACTORY.createCTBorder();
        border.setVal(STBorder.NIL);
        return border;
    }
}
