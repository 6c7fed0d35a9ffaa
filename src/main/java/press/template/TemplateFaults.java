package press.template;

import freemarker.core.InvalidReferenceException;
import freemarker.core.NonBooleanException;
import freemarker.core.NonHashException;
import freemarker.core.NonNumericalException;
import freemarker.core.NonSequenceException;
import freemarker.core.NonStringException;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModelException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.failure.Failure;
import press.failure.TemplateFault;

/**
 * FreeMarker's errors said where the author wrote them: the template file relative to the
 * templates folder, line and column, and the reason in Chinese beside FreeMarker's English
 * (without its tips, which speak to programmers).
 */
final class TemplateFaults {

    private static final Pattern UNCLOSED = Pattern.compile("unclosed #(\\w+)");

    private TemplateFaults() {
    }

    /** A template FreeMarker cannot parse; an unclosed directive is located where it opens. */
    static Failure syntax(ParseException e, String source) {
        String english = firstParagraph(e.getEditorMessage());
        String file = e.getTemplateName();
        int line = e.getLineNumber();
        int column = e.getColumnNumber();
        Matcher unclosed = UNCLOSED.matcher(english);
        if (unclosed.find() && source != null) {
            int[] opened = unclosedOpening(source, unclosed.group(1));
            if (opened != null) {
                return TemplateFault.at(file, opened[0], opened[1], "<#" + unclosed.group(1) + "> 没有结束标记 </#"
                        + unclosed.group(1) + ">（到文件末尾第" + line + "行仍未闭合）", english,
                        Map.of("endLine", line, "endColumn", column), e);
            }
        }
        String reason = english.startsWith("Encountered") ? "模板语法错误：此处出现了不应出现的内容"
                : english.contains("Unknown directive") ? "模板语法错误：不认识的指令"
                : "模板语法错误";
        return TemplateFault.at(file == null ? "?" : file, line, column, reason, english, Map.of(), e);
    }

    /** A template that fails on the data: an undefined variable, a value of the wrong type, a function refusing. */
    static Failure evaluation(TemplateException e) {
        String english = firstParagraph(e.getMessageWithoutStackTop()).replace("\n==> ", " ")
                .replaceAll("\\s*\\[in template[^]]*]", "").replaceAll("\\s*The blamed expression:[\\s\\S]*$", "");
        String blamed = e.getBlamedExpressionString();
        String reason;
        if (e instanceof InvalidReferenceException) {
            reason = "“" + blamed + "”没有值：数据中没有这一项，模板也未定义它（可写成 " + blamed + "!\"\" 或先用 <#if " + blamed + "??> 判断）";
        } else if (e instanceof NonNumericalException) {
            reason = "“" + blamed + "”应为数字";
        } else if (e instanceof NonStringException) {
            reason = "“" + blamed + "”不能作为文字输出";
        } else if (e instanceof NonSequenceException) {
            reason = "“" + blamed + "”应为列表";
        } else if (e instanceof NonHashException) {
            reason = "“" + blamed + "”应为对象（有字段的值）";
        } else if (e instanceof NonBooleanException) {
            reason = "“" + blamed + "”应为是/否";
        } else if (phraseCause(e) != null) {
            return phraseCause(e).failure(e.getTemplateSourceName(), line(e), column(e));
        } else if (e instanceof TemplateModelException || e.getCauseException() instanceof TemplateModelException) {
            reason = "函数调用出错" + (blamed == null ? "" : "（" + blamed + "）") + "：" + english;
        } else {
            reason = "模板运行出错" + (blamed == null ? "" : "（" + blamed + "）");
        }
        String file = e.getTemplateSourceName();
        return TemplateFault.at(file == null ? "?" : file, line(e), column(e), reason, english, Map.of(), e);
    }

    private static PhraseException phraseCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PhraseException phrase) {
                return phrase;
            }
        }
        return null;
    }

    private static int line(TemplateException e) {
        return e.getLineNumber() == null ? 0 : e.getLineNumber();
    }

    private static int column(TemplateException e) {
        return e.getColumnNumber() == null ? 0 : e.getColumnNumber();
    }

    /** FreeMarker's message up to its tips. */
    private static String firstParagraph(String message) {
        String text = message == null ? "" : message;
        int tip = text.indexOf("\n----");
        return (tip >= 0 ? text.substring(0, tip) : text).strip();
    }

    /** Where the last {@code <#name>} left open begins: line and column, 1-based. */
    private static int[] unclosedOpening(String source, String name) {
        Matcher tag = Pattern.compile("<(/?)#" + Pattern.quote(name) + "(?=[\\s>/])").matcher(source);
        Deque<Integer> open = new ArrayDeque<>();
        while (tag.find()) {
            if (tag.group(1).isEmpty()) {
                open.push(tag.start());
            } else if (!open.isEmpty()) {
                open.pop();
            }
        }
        if (open.isEmpty()) {
            return null;
        }
        int offset = open.peek();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
