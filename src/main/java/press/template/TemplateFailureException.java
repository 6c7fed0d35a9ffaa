package press.template;

import freemarker.template.TemplateException;

/**
 * A template that failed while running: a bug in the template or data it did not expect, with
 * FreeMarker's description and the template line.
 */
public final class TemplateFailureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TemplateFailureException(String template, TemplateException cause) {
        super("template " + template + " failed at line " + cause.getLineNumber() + ": " + cause.getMessageWithoutStackTop(),
                cause);
    }
}
