package press.render.layout;

import java.util.ArrayList;
import java.util.List;
import press.model.Closing;
import press.model.DistributionLine;
import press.render.style.Align;
import press.render.style.ClosingStyle;
import press.render.style.Role;
import press.render.style.TextStyle;

/**
 * Lays out the closing block (版记): the disclosure option, then between a thick first rule and
 * a thick last rule the distribution lines (thin rules between them, wrapped lines aligned after
 * the colon) and the printing office left with the date right, each line one character in from
 * both sides. A sheet may leave out the rules and the printing office and date (a 信函's 版记).
 */
final class ClosingParts {

    /**
     * Widths are measured in thousandths of an em with float arithmetic, so a date exactly as
     * wide as its column may come out a hair too wide for it, and OpenPDF then loses its last
     * character. A hundredth of a point more cannot be seen.
     */
    private static final float ROUNDING = 0.01f;

    private final LayoutPass pass;
    private final Slack slack;

    ClosingParts(LayoutPass pass, Slack slack) {
        this.pass = pass;
        this.slack = slack;
    }

    /**
     * What a word processor needs beyond our measure to keep the print date and its 印发 on one
     * line: substitute digits up to the slack's advance (ours are half an em), and the 0.2 em
     * LibreOffice sets between CJK and digits whatever the file says.
     */
    private float wordProcessorRoom(String date, float size) {
        if (slack.digitAdvance() == 0) {
            return 0;
        }
        int digits = 0;
        int changes = 0;
        for (int i = 0; i < date.length(); i++) {
            boolean digit = Character.isDigit(date.charAt(i));
            digits += digit ? 1 : 0;
            changes += i > 0 && digit != Character.isDigit(date.charAt(i - 1)) ? 1 : 0;
        }
        return (digits * Math.max(0, slack.digitAdvance() - 0.5f) + changes * 0.2f) * size;
    }

    ClosingBlock closing(Closing closing, float width) {
        TextStyle textStyle = pass.style().role(Role.CLOSING);
        ClosingStyle rules = pass.style().closing();
        float inset = textStyle.characterWidth();
        float dateWidth = pass.width(closing.printDate(), textStyle) + (2 + slack.spareCharacters()) * inset + ROUNDING
                + wordProcessorRoom(closing.printDate(), textStyle.size());
        List<ClosingRow> rows = new ArrayList<>();
        if (!closing.disclosure().isEmpty()) {
            rows.add(new ClosingRow(0, 0, List.of(new ClosingCell(2,
                    hanging(Labels.disclosure(closing.disclosure()), Labels.DISCLOSURE, textStyle)))));
        }
        float thick = rules.rules() ? rules.thickRule() : 0;
        float thin = rules.rules() ? rules.thinRule() : 0;
        boolean first = true;
        for (DistributionLine line : closing.distribution()) {
            rows.add(new ClosingRow(first ? thick : thin, 0, List.of(new ClosingCell(2, distribution(line, textStyle)))));
            first = false;
        }
        if (rules.imprint()) {
            TextParagraph office = new TextParagraph(Role.CLOSING, pass.text(Role.CLOSING, closing.office(), "closing office"));
            TextParagraph date = new TextParagraph(Role.CLOSING, pass.text(Role.CLOSING, closing.printDate(), "closing date"),
                    Align.RIGHT, null, false);
            rows.add(new ClosingRow(first ? thick : thin, thick, List.of(new ClosingCell(1, office), new ClosingCell(1, date))));
        } else if (!first) {
            ClosingRow last = rows.remove(rows.size() - 1);
            rows.add(new ClosingRow(last.topRule(), thick, last.cells()));
        }
        return new ClosingBlock(width, dateWidth, inset, rows);
    }

    private TextParagraph hanging(String line, String label, TextStyle textStyle) {
        return hanging(pass.text(Role.CLOSING, line, where(label)), label, textStyle);
    }

    /** "报：省中心，州委办公室。", each recipient kept whole on a line, as the 主送 keeps its organs. */
    private TextParagraph distribution(DistributionLine line, TextStyle textStyle) {
        String label = Labels.distributionLabel(line);
        List<Span> spans = new ArrayList<>(pass.text(Role.CLOSING, label, where(label)));
        spans.addAll(pass.names(Role.CLOSING, line.recipients(), Labels.DISTRIBUTION_BETWEEN, Labels.DISTRIBUTION_AFTER,
                where(label)));
        return hanging(spans, label, textStyle);
    }

    private TextParagraph hanging(List<Span> spans, String label, TextStyle textStyle) {
        float labelWidth = pass.width(label, textStyle);
        return new TextParagraph(Role.CLOSING, spans, null, Indent.hanging(labelWidth, labelWidth), false);
    }

    private static String where(String label) {
        return "closing line “" + label + "”";
    }
}
