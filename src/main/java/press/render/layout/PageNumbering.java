package press.render.layout;

import java.util.ArrayList;
import java.util.List;
import press.fonts.FontFace;
import press.fonts.FontRun;

/**
 * The text of the page numbers: the style sheet's format ("— {n} —") as the runs before and
 * after the number, and the face that draws each digit 0–9. Every digit is planned into its
 * face's subset, so any page count prints.
 */
public record PageNumbering(List<FontRun> prefix, List<FontFace> digits, List<FontRun> suffix) {

    public PageNumbering {
        prefix = List.copyOf(prefix);
        digits = List.copyOf(digits);
        suffix = List.copyOf(suffix);
        if (digits.size() != 10) {
            throw new IllegalArgumentException("page numbering needs a face for each of the ten digits");
        }
    }

    /** The runs that print page {@code page}, neighbours of one face joined. */
    public List<FontRun> runs(int page) {
        List<FontRun> runs = new ArrayList<>(prefix);
        runs.addAll(number(page));
        runs.addAll(suffix);
        return joined(runs);
    }

    /** The runs of the number alone, as a word processor's PAGE field shows it. */
    public List<FontRun> number(int page) {
        List<FontRun> runs = new ArrayList<>();
        Integer.toString(page).chars().forEach(digit -> runs.add(new FontRun(digits.get(digit - '0'),
                Character.toString(digit))));
        return joined(runs);
    }

    private static List<FontRun> joined(List<FontRun> runs) {
        List<FontRun> joined = new ArrayList<>();
        for (FontRun run : runs) {
            int last = joined.size() - 1;
            if (last >= 0 && joined.get(last).face().equals(run.face())) {
                joined.set(last, new FontRun(run.face(), joined.get(last).text() + run.text()));
            } else {
                joined.add(run);
            }
        }
        return joined;
    }

    /** The printed text of page {@code page}. */
    public String text(int page) {
        StringBuilder text = new StringBuilder();
        runs(page).forEach(run -> text.append(run.text()));
        return text.toString();
    }
}
