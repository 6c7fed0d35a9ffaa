package press.pipeline;

/** Input that is not JSON (or not a JSON object), with the line and column where reading failed. */
public final class MalformedJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public MalformedJsonException(String message, int line, int column) {
        super("malformed JSON at line " + line + ", column " + column + ": " + message);
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
