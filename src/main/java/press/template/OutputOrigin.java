package press.template;

import freemarker.core.Environment;
import freemarker.template.TemplateException;
import java.io.Writer;

/**
 * A writer that notes which template line wrote a given character of the output: the markup
 * reader reports a line of the markup, the author needs the line of the template. Used only to
 * run a failed template again; a successful render never pays for it.
 */
final class OutputOrigin extends Writer {

    /** The template, line and column that wrote the character. */
    record Origin(String file, int line, int column) {
    }

    private final int target;
    private int written;
    private Origin origin;

    /** @param target the offset of the character in the output, 0-based */
    OutputOrigin(int target) {
        this.target = target;
    }

    Origin origin() {
        return origin;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        if (origin == null && written <= target && target < written + length) {
            origin = locate(buffer, offset, target - written);
        }
        written += length;
    }

    /**
     * The instruction writing now is the top of FreeMarker's stack (a snapshot any
     * TemplateException takes); within a block of static text the line moves on with each
     * newline written before the character.
     */
    private static Origin locate(char[] buffer, int offset, int within) {
        TemplateException here = new TemplateException("", Environment.getCurrentEnvironment());
        int line = here.getLineNumber() == null ? 0 : here.getLineNumber();
        int column = here.getColumnNumber() == null ? 0 : here.getColumnNumber();
        int lastNewline = -1;
        int newlines = 0;
        for (int i = 0; i < within; i++) {
            if (buffer[offset + i] == '\n') {
                newlines++;
                lastNewline = i;
            }
        }
        if (newlines > 0) {
            line += newlines;
            column = within - lastNewline;
        } else {
            column += within;
        }
        return new Origin(here.getTemplateSourceName(), line, column);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
