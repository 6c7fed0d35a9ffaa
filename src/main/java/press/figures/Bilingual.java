package press.figures;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words written "中文 / English", as the proofreading and the schema's wording give them: the
 * Chinese half before the first " / " that an English word follows, and the English after it.
 */
public record Bilingual(String chinese, String english) {

    private static final Pattern HALVES = Pattern.compile("(?s)(.*?) / (?=['A-Za-z])(.*)");

    /** The two halves, where the words have both. */
    public static Optional<Bilingual> split(String words) {
        Matcher halves = HALVES.matcher(words);
        return halves.matches() ? Optional.of(new Bilingual(halves.group(1), halves.group(2))) : Optional.empty();
    }
}
