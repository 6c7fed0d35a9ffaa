package press.render.layout;

import java.util.ArrayList;
import java.util.List;
import press.failure.Failure;
import press.failure.Reason;
import press.model.Seal;
import press.model.Signatory;
import press.model.Signature;
import press.render.style.Align;
import press.render.style.Role;
import press.render.style.SignatureStyle;
import press.render.style.TextStyle;

/**
 * Lays out the 发文机关署名 and 成文日期 (GB/T 9704-2012 §7.3.5). One organ without a seal: the
 * 署名 two characters in from the right, the date under it two characters further right, or,
 * when the date is the longer, the date two characters in and the 署名 two characters before
 * it; joint organs one under another, the date under the last (§7.3.5.2). Sealed: the date four
 * characters in, the last 署名 centred over it and the others in rows beside and above it, as
 * many to a row as their seals take without touching, each seal centred on its 署名, the last on
 * 署名 and date (§7.3.5.1). Signed by a signer (§7.3.5.4): the 签名章 four characters in, the
 * post two characters before it, the date a line under the 签名章.
 */
final class SignatureLayout {

    private final LayoutPass pass;
    private final SignatureStyle rules;
    private final TextStyle style;
    private final float character;
    private final float leading;

    SignatureLayout(LayoutPass pass) {
        this.pass = pass;
        this.rules = pass.style().signature();
        this.style = pass.style().role(Role.SIGNATURE);
        this.character = style.characterWidth();
        this.leading = style.leading();
    }

    SignatureBlock layOut(Signature signature, float width) {
        if (signature.bySigner()) {
            return bySigner(signature, width);
        }
        return signature.sealed() ? sealed(signature, width) : unsealed(signature, width);
    }

    private SignatureBlock unsealed(Signature signature, float width) {
        List<Signatory> organs = signature.signatories();
        float right = width - rules.rightChars() * character;
        float widest = (float) organs.stream().mapToDouble(organ -> pass.width(organ.name(), style)).max().orElse(0);
        float dateWidth = pass.width(signature.date(), style);
        float officeX = right - widest;
        float dateX = officeX + 2 * character;
        if (dateX + dateWidth > right) {
            dateX = right - dateWidth;
            officeX = dateX - 2 * character;
        }
        List<SignatureLine> lines = new ArrayList<>();
        for (int i = 0; i < organs.size(); i++) {
            lines.add(new SignatureLine(name(organs.get(i).name(), officeX), i));
        }
        lines.add(new SignatureLine(line(signature.date(), dateX, "成文日期"), organs.size()));
        return new SignatureBlock(rules.blankLines() * leading, lines, List.of());
    }

    /**
     * Seals in rows, right-aligned on the last, which presses 署名 and date; a row holds as many
     * as fit the text block a character apart, fewer where the names are wider than a seal.
     * A name longer than the text block allows wraps between its words.
     */
    private SignatureBlock sealed(Signature signature, float width) {
        List<Signatory> organs = signature.signatories();
        float diameter = rules.sealDiameter();
        float dateWidth = pass.width(signature.date(), style);
        float dateX = width - rules.sealedRightChars() * character - dateWidth;
        float lastCentre = Math.max(0, dateX) + dateWidth / 2;
        float widest = (float) organs.stream().mapToDouble(organ -> pass.width(organ.name(), style)).max().orElse(0);
        // seals a character apart, and names too: a name wider than its seal spaces the row out
        float pitch = Math.max(diameter, widest) + character;
        int perRow = 1 + (int) Math.floor((lastCentre - Math.max(diameter, widest) / 2) / pitch);
        perRow = Math.max(1, Math.min(perRow, organs.size()));
        int rows = (organs.size() + perRow - 1) / perRow;
        // rows of seals a little more than a seal apart, so that none touches the next
        int rowLines = (int) Math.ceil((diameter + character / 2) / leading);
        float below = leading / 2 - rules.sealRaise() * leading;
        List<SignatureLine> lines = new ArrayList<>();
        List<SealMark> seals = new ArrayList<>();
        for (int i = 0; i < organs.size(); i++) {
            int rowIndex = i / perRow;
            int inRow = rowIndex == rows - 1 ? organs.size() - rowIndex * perRow : perRow;
            int column = perRow - inRow + i % perRow;
            float centre = lastCentre - (perRow - 1 - column) * pitch;
            Signatory organ = organs.get(i);
            int row = rowIndex * rowLines;
            lines.add(new SignatureLine(name(organ.name(), centre - pass.width(organ.name(), style) / 2), row));
            Seal seal = organ.seal().orElseThrow();
            seals.add(new SealMark(seal.png(), centre, row, below, diameter));
        }
        lines.add(new SignatureLine(line(signature.date(), dateX, "成文日期"), (rows - 1) * rowLines + 1));
        int wraps = organs.stream().mapToInt(organ -> (int) Math.ceil(pass.width(organ.name(), style) / width) - 1).sum();
        float height = (rules.sealedBlankLines() + (rows - 1) * rowLines + 2 + wraps) * leading + diameter / 2;
        if (height > pass.style().page().textHeight()) {
            // a block no page holds would be cut at the page's foot: refused, not printed in part
            throw new Failure(Reason.INVALID_DATA, "联合发文的署名和印章排不进一页（" + organs.size() + " 个机关，每行 " + perRow
                    + " 个印章）：请用规范化简称缩短机关名称（the joint signature with its seals is taller than a page）");
        }
        return new SignatureBlock(rules.sealedBlankLines() * leading, lines, seals);
    }

    /** The post, the 签名章 (or the signer's name where there is none) level with it, the date a blank line under. */
    private SignatureBlock bySigner(Signature signature, float width) {
        Signatory signer = signature.signatories().get(0);
        float stampWidth = signer.seal().isPresent() ? rules.stampWidth() : pass.width(signer.name(), style);
        float stampLeft = width - rules.sealedRightChars() * character - stampWidth;
        float positionX = stampLeft - 2 * character - pass.width(signature.position(), style);
        List<SignatureLine> lines = new ArrayList<>();
        lines.add(new SignatureLine(line(signature.position(), positionX, "签发人职务"), 0));
        List<SealMark> seals = new ArrayList<>();
        int dateRow = 2;
        if (signer.seal().isPresent()) {
            SealMark stamp = new SealMark(signer.seal().get().png(), stampLeft + stampWidth / 2, 0, 0, stampWidth);
            seals.add(stamp);
            dateRow = (int) Math.ceil(stamp.height() / (2 * leading) + 0.5f) + 1;
        } else {
            lines.add(new SignatureLine(name(signer.name(), stampLeft), 0));
        }
        float dateX = width - rules.sealedRightChars() * character - pass.width(signature.date(), style);
        lines.add(new SignatureLine(line(signature.date(), dateX, "成文日期"), dateRow));
        return new SignatureBlock(rules.sealedBlankLines() * leading, lines, seals);
    }

    /** An organ's name, kept whole: if it must wrap, it breaks between words. */
    private TextParagraph name(String text, float x) {
        return new TextParagraph(Role.SIGNATURE, pass.whole(Role.SIGNATURE, text, pass.where("发文机关署名")), Align.LEFT,
                new Indent(Math.max(0, x), 0), false);
    }

    private TextParagraph line(String text, float x, String where) {
        return new TextParagraph(Role.SIGNATURE, pass.text(Role.SIGNATURE, text, pass.where(where)), Align.LEFT,
                new Indent(Math.max(0, x), 0), false);
    }
}
