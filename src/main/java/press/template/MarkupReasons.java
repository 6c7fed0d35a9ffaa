package press.template;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The markup reader's refusals, said in Chinese for the template author. */
final class MarkupReasons {

    private static final Pattern UNKNOWN_ELEMENT = Pattern.compile("unknown element <([^>]+)> in <([^>]+)>.*");
    private static final Pattern UNKNOWN_ATTRIBUTE = Pattern.compile("unknown attribute '([^']+)' on <([^>]+)>");
    private static final Pattern MISSING_ATTRIBUTE = Pattern.compile("missing attribute '([^']+)'");
    private static final Pattern TEXT = Pattern.compile("text is not allowed here: (.*)");

    private MarkupReasons() {
    }

    static String chinese(String english) {
        Matcher m = UNKNOWN_ELEMENT.matcher(english);
        if (m.matches()) {
            return "模板写出了 <" + m.group(2) + "> 中不能有的元素 <" + m.group(1) + ">（排版标记的元素见 TEMPLATES.md）";
        }
        m = UNKNOWN_ATTRIBUTE.matcher(english);
        if (m.matches()) {
            return "元素 <" + m.group(2) + "> 没有属性 " + m.group(1);
        }
        m = MISSING_ATTRIBUTE.matcher(english);
        if (m.matches()) {
            return "元素缺少属性 " + m.group(1);
        }
        m = TEXT.matcher(english);
        if (m.matches()) {
            return "此处不能有文字：" + m.group(1);
        }
        return "模板写出的排版标记有误";
    }
}
