package press.http;

import java.util.List;
import java.util.Locale;

/**
 * Which language a client reads, from its {@code Accept-Language}: Chinese when it ranks any
 * Chinese above English (the staff page always asks so), English otherwise, as programs expect.
 */
final class ClientLanguage {

    private static final List<Locale> SPOKEN = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private ClientLanguage() {
    }

    static boolean chinese(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            for (Locale.LanguageRange range : ranges) {
                if (range.getWeight() == 0) {
                    continue;
                }
                String language = range.getRange().split("-")[0];
                if (language.equals("zh")) {
                    return true;
                }
                if (language.equals("en") || language.equals("*")) {
                    return false;
                }
            }
            return Locale.filter(ranges, SPOKEN).stream().anyMatch(locale -> locale.getLanguage().equals("zh"));
        } catch (IllegalArgumentException e) {
            // a header that is not a language list asks for nothing in particular
            return false;
        }
    }
}
