package press.template;

import freemarker.template.TemplateModelException;
import java.util.LinkedHashMap;
import java.util.Map;
import press.failure.Failure;
import press.failure.TemplateFault;

/**
 * A phrase that cannot be filled on these data (a blank without a value, a value of another
 * kind): reported at the template line that asked for it, naming the phrase and the blank.
 */
final class PhraseException extends TemplateModelException {

    private static final long serialVersionUID = 1L;

    private final String phrase;
    private final String blank;
    private final String reason;

    PhraseException(String phrase, String blank, String reason, String reasonEn) {
        super("phrase '" + phrase + "'" + (blank == null ? "" : ", blank {" + blank + "}") + ": " + reasonEn);
        this.phrase = phrase;
        this.blank = blank;
        this.reason = reason;
    }

    Failure failure(String file, int line, int column) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("phrase", phrase);
        if (blank != null) {
            extra.put("blank", blank);
        }
        return TemplateFault.at(file == null ? "?" : file, line, column, "措辞“" + phrase + "”"
                + (blank == null ? "" : "的空“{" + blank + "}”") + "：" + reason, getMessage(), extra, this);
    }
}
