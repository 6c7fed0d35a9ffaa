package press.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Content carried over from another issue: data copied from last month with only the period
 * moved. Dates in {@code dates} (yyyy-MM-dd) and the dates written in {@code texts} ("5月29日",
 * "2020年5月14日") must fall in the period; the month words of {@code titles} ("（5月）", "5月份",
 * "2020年5月", "1—5月") must name its month; dates in {@code after} (成文, 印发) must not come
 * before its end. The period ({@code period}, yyyy-MM or yyyy) is the data's own.
 */
record PeriodCheck(String period, List<String> dates, List<String> texts, List<String> titles, List<String> after,
                   Severity severity, String message) implements Check {

    /** A date in running text: month and day, the year when written. */
    private static final Pattern TEXT_DATE = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号]");
    /** A month word in a title: the last month of a range ("1—5月") is the one it reports. */
    private static final Pattern MONTH_WORD = Pattern.compile("(?:(\\d{4})年)?(?:\\d{1,2}\\s*[-—－~～至]\\s*)?(\\d{1,2})月");

    PeriodCheck {
        dates = List.copyOf(dates);
        texts = List.copyOf(texts);
        titles = List.copyOf(titles);
        after = List.copyOf(after);
    }

    @Override
    public List<Finding> run(Scope scope) {
        List<JsonPath.Match> found = Check.select(scope, period);
        if (found.size() != 1 || !found.get(0).node().isString()) {
            return List.of();
        }
        String value = found.get(0).node().asString();
        YearMonth first;
        YearMonth last;
        try {
            first = value.length() == 4 ? YearMonth.of(Integer.parseInt(value), 1) : YearMonth.parse(value);
            last = value.length() == 4 ? YearMonth.of(Integer.parseInt(value), 12) : first;
        } catch (DateTimeParseException | NumberFormatException e) {
            return List.of();
        }
        String shown = Periods.described(first, last);
        List<Finding> findings = new ArrayList<>();
        for (JsonPath.Match date : matches(scope, dates)) {
            LocalDate day = Periods.date(date.node().asString());
            if (day != null && !within(YearMonth.from(day), first, last)) {
                findings.add(finding(date.path(), shown, date.node().asString(), "日期不在本期（" + shown + "）内，可能是沿用上期的内容"));
            }
        }
        for (JsonPath.Match text : matches(scope, texts)) {
            Matcher written = TEXT_DATE.matcher(text.node().asString());
            while (written.find()) {
                int year = written.group(1) != null ? Integer.parseInt(written.group(1)) : first.getYear();
                int month = Integer.parseInt(written.group(2));
                if (month >= 1 && month <= 12 && !within(YearMonth.of(year, month), first, last)) {
                    findings.add(finding(text.path(), shown, written.group(), "文中日期“" + written.group()
                            + "”不在本期（" + shown + "）内，可能是沿用上期的内容"));
                }
            }
        }
        for (JsonPath.Match title : matches(scope, titles)) {
            Matcher word = MONTH_WORD.matcher(title.node().asString());
            while (word.find()) {
                int month = Integer.parseInt(word.group(2));
                boolean yearMatches = word.group(1) == null || Integer.parseInt(word.group(1)) == last.getYear();
                if (month != last.getMonthValue() && first.equals(last) || !yearMatches) {
                    findings.add(finding(title.path(), shown, word.group(), "标题中的“" + word.group() + "”与本期（"
                            + shown + "）不符，可能是沿用上期的标题"));
                }
            }
        }
        LocalDate end = last.atEndOfMonth();
        for (JsonPath.Match date : matches(scope, after)) {
            LocalDate day = Periods.date(date.node().asString());
            if (day != null && day.isBefore(end)) {
                findings.add(finding(date.path(), "不早于" + end, date.node().asString(),
                        "日期早于本期（" + shown + "）结束，可能是沿用上期的日期"));
            }
        }
        return findings;
    }

    private Finding finding(String path, String expected, String found, String fallback) {
        return new Finding(severity, "period", List.of(path), expected, found, message != null ? message + "：" + fallback : fallback);
    }

    private static List<JsonPath.Match> matches(Scope scope, List<String> paths) {
        List<JsonPath.Match> matches = new ArrayList<>();
        for (String path : paths) {
            Check.select(scope, path).stream().filter(match -> match.node().isString()).forEach(matches::add);
        }
        return matches;
    }

    private static boolean within(YearMonth month, YearMonth first, YearMonth last) {
        return !month.isBefore(first) && !month.isAfter(last);
    }
}
