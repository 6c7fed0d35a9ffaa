package press.template;

import java.util.List;
import java.util.stream.Collectors;

/** Data that does not satisfy its kind's JSON Schema, with every violation found. */
public final class InvalidDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidDataException(List<Violation> violations) {
        super("the data does not match the schema:\n  " + violations.stream().map(Violation::toString)
                .collect(Collectors.joining("\n  ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
