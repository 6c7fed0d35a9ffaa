package press.render.layout;

/** Chinese numerals for the numbers a document counts sections and items with: 一 … 九十九. */
final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    static String of(int number) {
        if (number < 1 || number > 99) {
            return Integer.toString(number);
        }
        int tens = number / 10;
        int units = number % 10;
        String text = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
        return units == 0 ? text : text + DIGITS.charAt(units);
    }
}
