package press.testing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The content units of the seed bulletin, as {@code shared/tools/fidelity} counts them: every
 * prose sentence, the appendix titles, every table header label and data row, the closing
 * lines. Comparison ignores white space, the ● marker and full/half-width differences (NFKC).
 */
public final class SeedUnits {

    /** One unit: prose or a line must appear whole; a label may wrap once; a row's cells appear in order. */
    public record Unit(String kind, List<String> parts) {
        @Override
        public String toString() {
            return kind + " " + String.join(" | ", parts);
        }
    }

    private SeedUnits() {
    }

    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replace("●", "").replaceAll("\\s+", "");
    }

    public static List<Unit> of(String seed) {
        List<String> lines = Arrays.asList(seed.split("\n", -1));
        int start = 0;
        while (!lines.get(start).strip().startsWith("附件1 ：")) {
            start++;
        }
        List<Unit> units = new ArrayList<>();
        for (String line : lines.subList(0, start)) {
            for (String sentence : line.strip().split("(?<=[。；！？])")) {
                if (normalize(sentence).length() >= 2) {
                    units.add(new Unit("prose", List.of(sentence.strip())));
                }
            }
        }
        for (List<String> block : blocks(lines.subList(start, lines.size()))) {
            List<String> cells = block.stream().map(String::strip).toList();
            List<String> tokens = cells.stream().filter(c -> !c.isEmpty()).toList();
            if (cells.size() == 1 || (!block.get(0).startsWith("\t") && cells.size() <= 3)) {
                tokens.forEach(c -> units.add(new Unit("line", List.of(c))));
            } else if (tokens.stream().noneMatch(t -> t.chars().anyMatch(Character::isDigit))) {
                tokens.forEach(t -> units.add(new Unit("label", List.of(t))));
            } else if (!tokens.isEmpty()) {
                units.add(new Unit("row", tokens));
            }
        }
        return units;
    }

    private static List<List<String>> blocks(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() && !line.startsWith("\t")) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    /** The units not found in the text: rows on one line in cell order, labels possibly split once. */
    public static List<Unit> missing(List<Unit> units, ExtractedPdf pdf) {
        return missing(units, pdf.text(), pdf.lines());
    }

    /** The units not found in a document's text, read by any reader as a whole and line by line. */
    public static List<Unit> missing(List<Unit> units, String text, List<String> textLines) {
        String raw = normalize(text.replaceAll("(?m)^\\s*[—–\\-−－]+\\s*\\d+\\s*[—–\\-−－]+\\s*$", ""));
        List<String> lines = textLines.stream().map(SeedUnits::normalize).toList();
        List<Unit> missing = new ArrayList<>();
        for (Unit unit : units) {
            boolean found = switch (unit.kind()) {
                case "row" -> {
                    List<String> cells = unit.parts().stream().map(SeedUnits::normalize).toList();
                    yield lines.stream().anyMatch(line -> inOrder(cells, line)) || raw.contains(String.join("", cells));
                }
                case "label" -> {
                    String label = normalize(unit.parts().get(0));
                    boolean whole = raw.contains(label);
                    for (int k = 1; k < label.length() && !whole; k++) {
                        whole = raw.contains(label.substring(0, k)) && raw.contains(label.substring(k));
                    }
                    yield whole;
                }
                default -> raw.contains(normalize(unit.parts().get(0)));
            };
            if (!found) {
                missing.add(unit);
            }
        }
        return missing;
    }

    private static boolean inOrder(List<String> cells, String line) {
        int at = 0;
        for (String cell : cells) {
            int found = line.indexOf(cell, at);
            if (found < 0) {
                return false;
            }
            at = found + cell.length();
        }
        return true;
    }

    /**
     * The units missing from a 公文 rendering of the seed that GB/T 9704 does not explain: an
     * appendix's "附件N：title" line (the standard puts 附件N alone and the title on line 3,
     * which must then be there), the 报/送/发 lines (their recipients go to 抄送) and, in a
     * 信函 ({@code letter}), the imprint line (its 版记 has none).
     */
    public static List<Unit> missingBeyondTheStandard(List<Unit> units, ExtractedPdf pdf, boolean letter) {
        String text = pdf.text().replaceAll("\\s", "");
        List<Unit> unexplained = new java.util.ArrayList<>();
        for (Unit unit : missing(units, pdf)) {
            String line = String.join("", unit.parts()).replaceAll("\\s", "");
            boolean appendixLine = line.matches("附件\\d：.*") && text.contains(line.replaceFirst("附件\\d：", ""));
            boolean distribution = line.matches("[报送发]：.*");
            boolean imprint = letter && line.endsWith("日印");
            if (!appendixLine && !distribution && !imprint) {
                unexplained.add(unit);
            }
        }
        return unexplained;
    }
}
