package press.render.layout;

import java.util.Optional;
import press.model.Signature;
import press.render.style.Align;
import press.render.style.Role;
import press.render.style.SignatureStyle;
import press.render.style.TextStyle;

/**
 * Lays out the 发文机关署名 and 成文日期 (GB/T 9704-2012 §7.3.5). Without a seal: one line under
 * the body, the 署名 two characters in from the right, the date under it starting two
 * characters further right, or, when the date is the longer, the date two characters in and
 * the 署名 two characters before it. With a seal: the date four characters in, the 署名 centred
 * over it, and the seal centred on both, a little above their middle.
 */
final class SignatureLayout {

    private final LayoutPass pass;

    SignatureLayout(LayoutPass pass) {
        this.pass = pass;
    }

    SignatureBlock layOut(Signature signature, float width) {
        SignatureStyle rules = pass.style().signature();
        TextStyle style = pass.style().role(Role.SIGNATURE);
        float character = style.characterWidth();
        float officeWidth = pass.width(signature.office(), style);
        float dateWidth = pass.width(signature.date(), style);
        float officeX;
        float dateX;
        int blankLines;
        if (signature.seal().isEmpty()) {
            float right = width - rules.rightChars() * character;
            officeX = right - officeWidth;
            dateX = officeX + 2 * character;
            if (dateX + dateWidth > right) {
                dateX = right - dateWidth;
                officeX = dateX - 2 * character;
            }
            blankLines = rules.blankLines();
        } else {
            dateX = width - rules.sealedRightChars() * character - dateWidth;
            officeX = dateX + (dateWidth - officeWidth) / 2;
            blankLines = rules.sealedBlankLines();
        }
        float centre = Math.max(0, dateX) + dateWidth / 2;
        Optional<SealMark> seal = signature.seal().map(image -> new SealMark(image.png(), centre,
                rules.sealRaise() * style.leading(), rules.sealDiameter()));
        return new SignatureBlock(blankLines * style.leading(), line(signature.office(), officeX, "发文机关署名"),
                line(signature.date(), dateX, "成文日期"), seal);
    }

    /** How far below the date's band the seal reaches, which the page must also hold. */
    static float overhang(SignatureBlock block, float leading) {
        return block.seal().map(seal -> Math.max(0, seal.diameter() / 2 - leading - seal.raise())).orElse(0f);
    }

    private TextParagraph line(String text, float x, String where) {
        return new TextParagraph(Role.SIGNATURE, pass.text(Role.SIGNATURE, text, where), Align.LEFT,
                new Indent(Math.max(0, x), 0), false);
    }
}
