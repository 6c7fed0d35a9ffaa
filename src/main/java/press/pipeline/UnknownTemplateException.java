package press.pipeline;

import java.util.List;

/** A request named a kind or variant the catalogue does not have; carries the valid names. */
public final class UnknownTemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient List<String> known;

    public UnknownTemplateException(String field, String name, List<String> known) {
        super("unknown " + field + " '" + name + "'; known: " + String.join(", ", known));
        this.field = field;
        this.known = List.copyOf(known);
    }

    /** "template" or "variant". */
    public String field() {
        return field;
    }

    public List<String> known() {
        return known;
    }
}
