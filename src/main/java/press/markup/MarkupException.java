package press.markup;

/** Bulletin markup that cannot be read, with the line and column where reading stopped. */
public final class MarkupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public MarkupException(String message, int line, int column) {
        super("markup line " + line + ", column " + column + ": " + message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
