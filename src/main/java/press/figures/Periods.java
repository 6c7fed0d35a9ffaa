package press.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** How a period and its dates are read and named in a finding. */
final class Periods {

    private Periods() {
    }

    /** "2020年6月", or "2020年" for a whole year. */
    static String described(YearMonth first, YearMonth last) {
        return first.equals(last) ? first.getYear() + "年" + first.getMonthValue() + "月" : first.getYear() + "年";
    }

    /** A yyyy-MM-dd date, or null for anything else (the schema says what a date must be). */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
