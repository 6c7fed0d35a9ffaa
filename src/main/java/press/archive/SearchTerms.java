package press.archive;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a clerk typed into the search box, as words: a record is found when it holds every one
 * ("松潘 帮办" finds the issues that mention both), separated by spaces, full-width ones too.
 */
final class SearchTerms {

    /** More words than this narrow nothing a clerk would look for; the rest are ignored. */
    static final int MOST = 8;

    private SearchTerms() {
    }

    static List<String> words(String terms) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : terms.strip().split("[\\s\\u3000]+")) {
            if (!word.isEmpty() && words.size() < MOST) {
                words.add(word);
            }
        }
        return List.copyOf(words);
    }

    /** Binds each word, as a substring, to the two parameters {@link #conditions} gives it, from {@code first}; the next parameter. */
    static int bind(java.sql.PreparedStatement statement, List<String> words, int first) throws java.sql.SQLException {
        int parameter = first;
        for (String word : words) {
            statement.setString(parameter++, ArchiveRows.anywhere(word));
            statement.setString(parameter++, ArchiveRows.anywhere(word));
        }
        return parameter;
    }

    /** "(text LIKE ? OR title LIKE ?) AND …" for each word, with the given operator. */
    static String conditions(int count, String like) {
        return String.join(" AND ", java.util.Collections.nCopies(count,
                "(d.text " + like + " ? ESCAPE '\\' OR d.title " + like + " ? ESCAPE '\\')"));
    }
}
