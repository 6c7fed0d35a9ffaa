package press.render;

import press.model.DistributionLine;

/**
 * The fixed words and punctuation of the official format that both renderers print, so PDF and
 * DOCX say exactly the same thing.
 */
public final class Labels {

    private Labels() {
    }

    /** "附件1", how messages name an appendix; the style sheet says how the page labels it. */
    public static String appendixLabel(int number) {
        return "附件" + number;
    }

    /** The 附件说明 label before the first attachment name. */
    public static final String ATTACHMENTS = "附件：";

    /** The label of the closing block's first line, before the disclosure option. */
    public static final String DISCLOSURE = "信息公开选项：";

    /** Every character the labels below may add to a document's own text. */
    public static final String LITERALS = ATTACHMENTS + DISCLOSURE + "，。.0123456789";

    /** "1." before each attachment name, when there is more than one. */
    public static String attachmentNumber(int number, int count) {
        return count > 1 ? number + "." : "";
    }

    /** "信息公开选项：主动公开" */
    public static String disclosure(String option) {
        return DISCLOSURE + option;
    }

    /** "报：", the label a distribution line's wrapped recipients hang after. */
    public static String distributionLabel(DistributionLine line) {
        return line.label() + "：";
    }

    /** "报：省中心，州委办公室，州政府办公室。" */
    public static String distribution(DistributionLine line) {
        return distributionLabel(line) + String.join("，", line.recipients()) + "。";
    }

    /** "1." before the items of an ordered list. */
    public static String listNumber(int number) {
        return number + ".";
    }
}
