package press.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What can go wrong on a page another program laid out, read from its PDF's glyphs (PDFBox, in
 * mm): glyphs drawn over each other, a number or a "…印发" carried over a line break, where a page
 * number stands.
 */
public final class PrintedChecks {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.]*%?");
    private static final Pattern TAIL = Pattern.compile("[\\d.]+$");
    private static final Pattern HEAD = Pattern.compile("^[\\d.%]+");
    private static final float MM = 72f / 25.4f;

    /** A run of glyphs on a line with no wider gap than a third of their size: a word, or a cell's text. */
    public record Word(String text, float left, float right, float baseline, float size) {
    }

    private PrintedChecks() {
    }

    /** Pairs of glyphs on a page whose ink boxes share more than a quarter of the smaller one. */
    public static List<String> overlaps(PdfGeometry pdf) {
        List<String> found = new ArrayList<>();
        for (int page = 1; page <= pdf.pageCount(); page++) {
            List<PdfGeometry.Glyph> inked = new ArrayList<>(pdf.glyphs(page).stream()
                    .filter(glyph -> !Float.isNaN(glyph.inkLeft()) && !glyph.text().isBlank()).toList());
            inked.sort(Comparator.comparingDouble(PdfGeometry.Glyph::inkLeft));
            for (int i = 0; i < inked.size(); i++) {
                PdfGeometry.Glyph a = inked.get(i);
                for (int j = i + 1; j < inked.size() && inked.get(j).inkLeft() < a.inkRight(); j++) {
                    PdfGeometry.Glyph b = inked.get(j);
                    float width = Math.min(a.inkRight(), b.inkRight()) - b.inkLeft();
                    float height = Math.min(a.inkBottom(), b.inkBottom()) - Math.max(a.inkTop(), b.inkTop());
                    float smaller = Math.min(area(a), area(b));
                    if (width > 0 && height > 0 && smaller > 0.01f && width * height > smaller / 4) {
                        found.add("page " + page + ": " + a.text() + " and " + b.text() + " at "
                                + Math.round(a.inkLeft()) + "," + Math.round(a.inkTop()) + " mm");
                    }
                }
            }
        }
        return found;
    }

    private static float area(PdfGeometry.Glyph glyph) {
        return (glyph.inkRight() - glyph.inkLeft()) * (glyph.inkBottom() - glyph.inkTop());
    }

    /** The page's words, line by line, top to bottom. */
    public static List<List<Word>> words(PdfGeometry pdf, int page) {
        List<List<Word>> lines = new ArrayList<>();
        for (List<PdfGeometry.Glyph> line : pdf.lines(page)) {
            List<Word> words = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            PdfGeometry.Glyph first = null;
            PdfGeometry.Glyph last = null;
            for (PdfGeometry.Glyph glyph : line) {
                if (last != null && glyph.left() - last.right() > last.size() / MM / 3) {
                    words.add(new Word(text.toString(), first.left(), last.right(), first.baseline(), first.size()));
                    text.setLength(0);
                    first = null;
                }
                first = first == null ? glyph : first;
                last = glyph;
                text.append(glyph.text());
            }
            if (first != null) {
                words.add(new Word(text.toString(), first.left(), last.right(), first.baseline(), first.size()));
            }
            lines.add(words);
        }
        return lines;
    }

    /**
     * The names that a line ends inside and the next line goes on with (市纪委监委 as "市纪委|监委"):
     * a line's text ends with the head of the name and the next line's text starts with the rest.
     */
    public static Set<String> splitNames(PdfGeometry pdf, Set<String> names) {
        Set<String> found = new TreeSet<>();
        for (int page = 1; page <= pdf.pageCount(); page++) {
            List<String> lines = words(pdf, page).stream()
                    .map(line -> line.stream().map(Word::text).reduce("", String::concat)).toList();
            for (int i = 0; i + 1 < lines.size(); i++) {
                for (String name : names) {
                    for (int cut = 1; cut < name.length(); cut++) {
                        if (lines.get(i).endsWith(name.substring(0, cut)) && lines.get(i + 1).startsWith(name.substring(cut))) {
                            found.add(name);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Every number of two characters or more printed on the pages, as the number module wrote it. */
    public static Set<String> numbers(PdfGeometry pdf) {
        Set<String> numbers = new HashSet<>();
        for (int page = 1; page <= pdf.pageCount(); page++) {
            for (List<Word> line : words(pdf, page)) {
                for (Word word : line) {
                    Matcher matcher = NUMBER.matcher(word.text().replace("．", "."));
                    while (matcher.find()) {
                        if (matcher.group().length() > 1) {
                            numbers.add(matcher.group());
                        }
                    }
                }
            }
        }
        return numbers;
    }

    /**
     * Where a line ends inside one of {@code numbers} (or a date before its 印发) and the next
     * line goes on with the rest: at the end of a line and the start of the next, or in one cell
     * (the rest under the start, no rule between them).
     */
    public static List<String> splits(PdfGeometry pdf, Set<String> numbers) {
        List<String> found = new ArrayList<>();
        for (int page = 1; page <= pdf.pageCount(); page++) {
            List<List<Word>> lines = words(pdf, page);
            for (int i = 0; i + 1 < lines.size(); i++) {
                List<Word> above = lines.get(i);
                List<Word> below = lines.get(i + 1);
                for (Word a : above) {
                    for (Word b : below) {
                        boolean wraps = a == above.get(above.size() - 1) && b == below.get(0);
                        boolean sameCell = b.left() < a.right() && b.right() > a.left();
                        float drop = b.baseline() - a.baseline();
                        if ((wraps || sameCell) && drop > 0 && drop < 2.2f * a.size() / MM
                                && !ruled(pdf, page, a, b) && split(a.text(), b.text(), numbers)) {
                            found.add("page " + page + ": " + a.text() + " | " + b.text());
                        }
                    }
                }
            }
        }
        return found;
    }

    private static boolean split(String end, String start, Set<String> numbers) {
        if (end.endsWith("日") && start.startsWith("印") || end.endsWith("印") && start.startsWith("发")) {
            return true;
        }
        Matcher tail = TAIL.matcher(end);
        Matcher head = HEAD.matcher(start);
        return tail.find() && head.find() && numbers.contains(tail.group() + head.group());
    }

    /** Whether a horizontal rule runs between the two words' baselines under either: a table row's border. */
    private static boolean ruled(PdfGeometry pdf, int page, Word a, Word b) {
        return pdf.strokes(page).stream().anyMatch(rule -> rule.horizontal() && rule.y1() > a.baseline()
                && rule.y1() < b.baseline() && rule.x1() < Math.max(a.right(), b.right())
                && rule.x2() > Math.min(a.left(), b.left()));
    }

    /**
     * The ink centre (x, y in mm) of the first dash of the page number of {@code size} points outside
     * the text block — under it on an upright page, at the sheet's left edge on a landscape one —
     * or null where the page prints none.
     */
    public static float[] pageNumber(PdfGeometry pdf, int page, float size, float textBottom) {
        boolean landscape = pdf.pageWidth(page) > pdf.pageHeight(page);
        return pdf.glyphs(page).stream()
                .filter(glyph -> glyph.text().equals("—") && Math.abs(glyph.size() - size) < 0.5f
                        && !Float.isNaN(glyph.inkLeft()))
                .map(glyph -> new float[] {(glyph.inkLeft() + glyph.inkRight()) / 2, (glyph.inkTop() + glyph.inkBottom()) / 2})
                .filter(centre -> landscape ? centre[0] < pdf.pageWidth(page) - textBottom : centre[1] > textBottom)
                .min(Comparator.comparingDouble(centre -> landscape ? centre[1] : centre[0]))
                .orElse(null);
    }
}
