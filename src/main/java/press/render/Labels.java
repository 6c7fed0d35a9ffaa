package press.render;

import java.util.List;
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

    /** Every character the labels below may add to a document's own text. */
    public static final String LITERALS = ATTACHMENTS + "信息公开选项，。.0123456789";

    /** "1." before each attachment name, when there is more than one. */
    public static String attachmentNumber(int number, int count) {
        return count > 1 ? number + "." : "";
    }

    /** "信息公开选项：主动公开" */
    public static String disclosure(String option) {
        return "信息公开选项：" + option;
    }

    /** "报：省中心，州委办公室，州政府办公室。" */
    public static String distribution(DistributionLine line) {
        return line.label() + "：" + String.join("，", line.recipients()) + "。";
    }

    /** "1." before the items of an ordered list. */
    public static String listNumber(int number) {
        return number + ".";
    }

    public static List<String> distributionLines(List<DistributionLine> lines) {
        return lines.stream().map(Labels::distribution).toList();
    }
}
