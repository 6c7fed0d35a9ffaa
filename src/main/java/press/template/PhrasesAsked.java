package press.template;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.failure.Suggestion;
import press.failure.TemplateFault;

/**
 * The phrases a kind's templates ask for ({@code phrase("casesTotal")}, outside comments): each
 * must be in the phrases file, or the kind does not load — the error at the template's line.
 */
final class PhrasesAsked {

    private static final Pattern ASKED = Pattern.compile("phrase\\(\\s*\"([^\"]*)\"");

    private PhrasesAsked() {
    }

    /** Every {@code phrase("…")} in the kind's templates names a phrase the file has. */
    static void check(Map<String, String> templates, Phrases phrases) {
        for (Map.Entry<String, String> template : templates.entrySet()) {
            Matcher asked = ASKED.matcher(withoutComments(template.getValue()));
            while (asked.find()) {
                String name = asked.group(1);
                if (phrases.phrase(name).isEmpty()) {
                    int[] at = lineAndColumn(template.getValue(), asked.start());
                    String hint = Suggestion.nearest(name, phrases.phrases().keySet()).map(s -> "，是否应为“" + s + "”？").orElse("");
                    throw TemplateFault.at(template.getKey(), at[0], at[1], "模板用到的措辞“" + name + "”在 " + phrases.file() + " 中没有" + hint,
                            "the template asks for phrase '" + name + "', which " + phrases.file() + " does not have",
                            Map.of("phrase", name), null);
                }
            }
        }
    }

    /** The source with its {@code <#-- comments -->} blanked out, lines and columns kept. */
    private static String withoutComments(String source) {
        StringBuilder text = new StringBuilder(source);
        Matcher comment = Pattern.compile("<#--.*?-->", Pattern.DOTALL).matcher(source);
        while (comment.find()) {
            for (int i = comment.start(); i < comment.end(); i++) {
                if (text.charAt(i) != '\n') {
                    text.setCharAt(i, ' ');
                }
            }
        }
        return text.toString();
    }

    static int[] lineAndColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
