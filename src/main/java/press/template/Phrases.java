package press.template;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind's wording ({@code templates/<kind>/phrases.json}), checked: every blank a phrase uses
 * is declared, every declared blank has a source of its kind, every phrase a template asks for
 * exists. {@code sha256} is the file's hash, the version a published record names.
 */
public record Phrases(String file, Map<String, Blank> blanks, Map<String, Phrase> phrases, String sha256) {

    /** A kind without a phrases file: templates of such a kind cannot ask for phrases. */
    public static Phrases none(String file) {
        return new Phrases(file, Map.of(), Map.of(), "");
    }

    public Phrases {
        Objects.requireNonNull(file, "file");
        blanks = Map.copyOf(blanks);
        phrases = Map.copyOf(phrases);
        Objects.requireNonNull(sha256, "sha256");
    }

    Optional<Phrase> phrase(String name) {
        return Optional.ofNullable(phrases.get(name));
    }

    public boolean isEmpty() {
        return phrases.isEmpty();
    }
}
