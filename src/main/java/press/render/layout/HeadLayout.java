package press.render.layout;

import java.util.ArrayList;
import java.util.List;
import press.model.OfficialHead;
import press.render.style.Align;
import press.render.style.HeadStyle;
import press.render.style.PageStyle;
import press.render.style.Role;
import press.render.style.TextStyle;

/**
 * Places a 公文's 版头 by the sheet's {@link HeadStyle}: the 标志, then the 发文字号 and the rule
 * in the order the sheet anchors them, the notices, and where the title starts. Distances run
 * downwards from the text block's top edge, between em boxes and rules' centre lines.
 */
final class HeadLayout {

    private final LayoutPass pass;
    private final HeadStyle head;
    private final PageStyle page;
    private final TextStyle body;
    private final List<PlacedText> texts = new ArrayList<>();
    private final List<PlacedRule> rules = new ArrayList<>();
    private float markBottom;
    private float numberBottom = Float.NaN;
    private float ruleBottom = Float.NaN;
    private float lowest;

    HeadLayout(LayoutPass pass, PageStyle page) {
        this.pass = pass;
        this.head = pass.style().head();
        this.page = page;
        this.body = pass.style().role(Role.BODY);
    }

    HeadPart layOut(OfficialHead official) {
        mark(official);
        boolean ruleFirst = head.ruleAfter() != HeadStyle.Anchor.NUMBER;
        if (ruleFirst) {
            rule();
            number(official);
        } else {
            number(official);
            rule();
        }
        notices(official);
        foot();
        return new HeadPart(texts, rules, lowest + head.titleGap());
    }

    private void mark(OfficialHead official) {
        TextStyle style = pass.style().role(Role.MASTHEAD);
        float top = head.markFromPage() ? head.markTop() - page.top() : head.markTop();
        float width = page.textWidth();
        if (official.issuers().size() == 1) {
            String text = official.issuers().get(0) + official.suffix();
            float natural = pass.width(text, style);
            float scale = Math.min(1, width / natural);
            texts.add(new PlacedText(Role.MASTHEAD, pass.text(Role.MASTHEAD, text, "发文机关标志"),
                    (width - natural * scale) / 2, top, scale, 0));
            markBottom = top + style.size();
        } else {
            jointMark(official, style, top, width);
        }
        lowest = markBottom;
    }

    /** Several organs stacked and spread to one width, the suffix ("文件") to their right, centred on them. */
    private void jointMark(OfficialHead official, TextStyle style, float top, float width) {
        float widest = 0;
        for (String issuer : official.issuers()) {
            widest = Math.max(widest, pass.width(issuer, style));
        }
        float gap = official.suffix().isEmpty() ? 0 : style.size() / 2;
        float suffixWidth = official.suffix().isEmpty() ? 0 : pass.width(official.suffix(), style);
        float total = widest + gap + suffixWidth;
        float scale = Math.min(1, width / total);
        float left = (width - total * scale) / 2;
        int count = official.issuers().size();
        float leading = head.markLeading() > 0 ? head.markLeading() : 1.2f * style.size();
        for (int i = 0; i < count; i++) {
            String issuer = official.issuers().get(i);
            int characters = issuer.codePointCount(0, issuer.length());
            float spread = characters > 1 ? (widest - pass.width(issuer, style)) / (characters - 1) : 0;
            texts.add(new PlacedText(Role.MASTHEAD, pass.text(Role.MASTHEAD, issuer, "发文机关标志"), left,
                    top + i * leading, scale, spread));
        }
        markBottom = top + (count - 1) * leading + style.size();
        if (!official.suffix().isEmpty()) {
            float middle = (top + markBottom) / 2;
            texts.add(new PlacedText(Role.MASTHEAD, pass.text(Role.MASTHEAD, official.suffix(), "发文机关标志"),
                    left + (widest + gap) * scale, middle - style.size() / 2, scale, 0));
        }
    }

    /** The 发文字号; for a document to a superior it goes left, level with the last 签发人 at the right. */
    private void number(OfficialHead official) {
        if (official.documentNumber().isEmpty() && official.signers().isEmpty()) {
            return;
        }
        TextStyle style = pass.style().role(Role.DOCUMENT_NUMBER);
        float top = after(head.numberAfter()) + head.numberGap();
        float width = page.textWidth();
        int lines = Math.max(1, official.signers().size());
        float last = top + (lines - 1) * body.leading();
        if (!official.documentNumber().isEmpty()) {
            float natural = pass.width(official.documentNumber(), style);
            float x = !official.signers().isEmpty() ? style.characterWidth()
                    : head.numberAlign() == Align.LEFT ? 0
                    : head.numberAlign() == Align.RIGHT ? width - natural : (width - natural) / 2;
            texts.add(new PlacedText(Role.DOCUMENT_NUMBER,
                    pass.text(Role.DOCUMENT_NUMBER, official.documentNumber(), "发文字号"), x, last, 1, 0));
        }
        signers(official.signers(), top, width);
        numberBottom = last + style.size();
        lowest = Math.max(lowest, numberBottom);
    }

    /** "签发人：" then the names one under another, the block one character in from the right. */
    private void signers(List<String> signers, float top, float width) {
        if (signers.isEmpty()) {
            return;
        }
        TextStyle label = pass.style().role(Role.SIGNER);
        TextStyle name = pass.style().role(Role.SIGNER_NAME);
        float labelWidth = pass.width(Labels.SIGNER, label);
        float widest = 0;
        for (String signer : signers) {
            widest = Math.max(widest, pass.width(signer, name));
        }
        float left = width - label.characterWidth() - labelWidth - widest;
        texts.add(new PlacedText(Role.SIGNER, pass.text(Role.SIGNER, Labels.SIGNER, "签发人"), left, top, 1, 0));
        for (int i = 0; i < signers.size(); i++) {
            texts.add(new PlacedText(Role.SIGNER_NAME, pass.text(Role.SIGNER_NAME, signers.get(i), "签发人"),
                    left + labelWidth, top + i * body.leading(), 1, 0));
        }
    }

    private void rule() {
        float length = head.ruleLength() > 0 ? head.ruleLength() : page.textWidth();
        float x = (page.textWidth() - length) / 2;
        ruleBottom = strokes(head.strokes(), after(head.ruleAfter()) + head.ruleGap(), x, length);
        lowest = Math.max(lowest, ruleBottom);
    }

    /** Draws the strokes from {@code first} (the first one's centre) down; gives the last one's centre. */
    private float strokes(List<Float> strokes, float first, float x, float length) {
        float y = first;
        for (int i = 0; i < strokes.size(); i += 2) {
            if (i > 0) {
                y += strokes.get(i - 2) / 2 + strokes.get(i - 1) + strokes.get(i) / 2;
            }
            rules.add(new PlacedRule(x, y, length, strokes.get(i), head.ruleColor()));
        }
        return y;
    }

    /** 份号, 密级和保密期限, 紧急程度: one under another at the left, on the grid's lines when they start the text block. */
    private void notices(OfficialHead official) {
        List<String> notices = official.notices();
        float top = head.noticesAfter() == HeadStyle.Anchor.TEXT_BLOCK
                ? head.noticesGap() + (body.leading() - body.size()) / 2
                : after(head.noticesAfter()) + head.noticesGap();
        for (int i = 0; i < notices.size(); i++) {
            boolean copyNumber = i == 0 && !official.copyNumber().isEmpty();
            Role role = copyNumber ? Role.COPY_NUMBER : Role.NOTICE;
            texts.add(new PlacedText(role, pass.text(role, notices.get(i), copyNumber ? "份号" : "密级、紧急程度"), 0,
                    top + i * body.leading(), 1, 0));
            lowest = Math.max(lowest, top + i * body.leading() + pass.style().role(role).size());
        }
    }

    /** The 信函's rule at the foot of the first page, its lowest stroke {@code footBottom} above the paper's edge. */
    private void foot() {
        List<Float> strokes = head.footStrokes();
        if (strokes.isEmpty()) {
            return;
        }
        float lowestCentre = page.height() - page.top() - head.footBottom();
        float span = 0;
        for (int i = 2; i < strokes.size(); i += 2) {
            span += strokes.get(i - 2) / 2 + strokes.get(i - 1) + strokes.get(i) / 2;
        }
        float length = head.footLength() > 0 ? head.footLength() : page.textWidth();
        strokes(strokes, lowestCentre - span, (page.textWidth() - length) / 2, length);
    }

    /** The bottom of what an element is anchored to: the text block's top, the 标志, the 字号 or the rule. */
    private float after(HeadStyle.Anchor anchor) {
        return switch (anchor) {
            case TEXT_BLOCK -> 0;
            case MARK -> markBottom;
            case NUMBER -> Float.isNaN(numberBottom) ? markBottom : numberBottom;
            case RULE -> Float.isNaN(ruleBottom) ? markBottom : ruleBottom;
        };
    }
}
