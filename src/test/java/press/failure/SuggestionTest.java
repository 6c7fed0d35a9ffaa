package press.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionTest {

    private static final List<String> ROLE_KEYS = List.of("base", "font", "size", "color", "align", "indent", "leading");

    @Test
    void aMistypedKeyIsMatchedToTheKeyMeant() {
        assertEquals(Optional.of("size"), Suggestion.nearest("szie", ROLE_KEYS));
        assertEquals(Optional.of("leading"), Suggestion.nearest("leadng", ROLE_KEYS));
        assertEquals(Optional.of("受理件数"), Suggestion.nearest("受理数", List.of("受理件数", "办结件数")));
    }

    @Test
    void aWordNearNothingKnownSuggestsNothing() {
        assertEquals(Optional.empty(), Suggestion.nearest("margin", ROLE_KEYS));
        assertEquals(Optional.empty(), Suggestion.nearest("size", ROLE_KEYS), "a known word is no typo");
    }
}
