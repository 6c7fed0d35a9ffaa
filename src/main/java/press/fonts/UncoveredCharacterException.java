package press.fonts;

/**
 * A character that no bundled font of its role's fallback chain can draw. Rendering stops
 * rather than drop it or draw a box.
 */
public final class UncoveredCharacterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int codePoint;
    private final String where;

    public UncoveredCharacterException(int codePoint, String where) {
        super("character '" + new String(Character.toChars(codePoint)) + "' (" + describe(codePoint)
                + ") is not covered by any bundled font, in " + where);
        this.codePoint = codePoint;
        this.where = where;
    }

    public int codePoint() {
        return codePoint;
    }

    public String character() {
        return new String(Character.toChars(codePoint));
    }

    public String where() {
        return where;
    }

    public static String describe(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
