package press.template;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a phrase's blank holds, and so how it is printed: a count ("80564", grouped where the
 * kind groups), any number, a rate of two counts or a percentage the data give (both by the
 * kind's rate rule), or text.
 */
enum BlankKind {
    COUNT("件数等整数"), NUMBER("数字"), RATE("两数之比（百分率）"), PERCENT("百分数"), TEXT("文字");

    private final String chinese;

    BlankKind(String chinese) {
        this.chinese = chinese;
    }

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    String chinese() {
        return chinese;
    }

    static List<String> words() {
        return Arrays.stream(values()).map(BlankKind::word).toList();
    }

    /** Whether a value the schema or the figures type as {@code source} may fill a blank of this kind. */
    boolean accepts(BlankKind source) {
        return switch (this) {
            case COUNT -> source == COUNT;
            case NUMBER -> source == COUNT || source == NUMBER || source == PERCENT;
            case PERCENT -> source == PERCENT || source == NUMBER;
            case TEXT -> source == TEXT;
            case RATE -> false;
        };
    }
}
