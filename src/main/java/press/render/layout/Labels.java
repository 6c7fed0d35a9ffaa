package press.render.layout;

import press.model.DistributionLine;
import press.model.ItemList;

/**
 * The fixed words and punctuation of the official format that the layout adds to a document's
 * own text, so PDF and DOCX say exactly the same thing.
 */
public final class Labels {

    private Labels() {
    }

    /** "附件1", how messages name an appendix; the style sheet says how the page labels it. */
    static String appendixLabel(int number) {
        return "附件" + number;
    }

    /** The 附件说明 label before the first attachment name. */
    static final String ATTACHMENTS = "附件：";

    /** The label of the closing block's first line, before the disclosure option. */
    static final String DISCLOSURE = "信息公开选项：";

    /** What a reader who cannot see a picture without a caption is told it is. */
    static final String PICTURE = "图片";

    /** The note under a table whose body's end was left out to keep to a page budget. */
    public static String abridgement(int rowsLeftOut) {
        return "（其余" + rowsLeftOut + "项从略）";
    }

    /** The 签发人 label of a document to a superior. */
    static final String SIGNER = "签发人：";

    /** "各县（市）人民政府，州级各部门：" — the 主送机关 with the colon after the last. */
    static final String ADDRESSEES_BETWEEN = "，";
    static final String ADDRESSEES_AFTER = "：";

    /** Between the names of a 纪要's 出席, 请假 or 列席 line. */
    static final String ATTENDANCE_BETWEEN = "、";

    /** What stands between a distribution line's recipients ("报：省中心，州委办公室。"), and after the last. */
    static final String DISTRIBUTION_BETWEEN = "，";
    static final String DISTRIBUTION_AFTER = "。";

    /** "（此件公开发布）" — the 附注 in parentheses. */
    static String note(String text) {
        return "（" + text + "）";
    }

    /** "1." before each attachment name, when there is more than one. */
    static String attachmentNumber(int number, int count) {
        return count > 1 ? number + "." : "";
    }

    /** "信息公开选项：主动公开" */
    static String disclosure(String option) {
        return DISCLOSURE + option;
    }

    /** "报：", the label a distribution line's wrapped recipients hang after. */
    static String distributionLabel(DistributionLine line) {
        return line.label() + "：";
    }


    /** The marker of item {@code number} (from 1) of an ordered list: 1. （1） ① 一、 （一）. */
    static String listMarker(ItemList.Numbering numbering, int number) {
        return switch (numbering) {
            case ARABIC_DOT -> number + ".";
            case ARABIC_PAREN -> "（" + number + "）";
            case CIRCLED -> number >= 1 && number <= 20 ? Character.toString(0x2460 + number - 1) : "（" + number + "）";
            case CHINESE_COMMA -> ChineseNumerals.of(number) + "、";
            case CHINESE_PAREN -> "（" + ChineseNumerals.of(number) + "）";
        };
    }
}
