package press.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import press.failure.Failure;
import press.failure.Reason;

/**
 * One worksheet's XML read as it streams, the event-API way POI documents ("XSSF and SAX"): each
 * {@code <row>} and {@code <c>} is checked against the table's rows, columns, cells and text as it
 * passes, and reading stops at the first excess. A cell is read as POI's user model reads it — a
 * number as the number it holds, text stripped, 是/否 for a truth value — except where that model
 * would guess: a formula with no calculated value (it would read 0) and an error (it would read
 * nothing) are refused, naming the cell.
 */
final class SheetReader extends DefaultHandler {

    private final String sheet;
    private final List<String> strings;
    private final ReadBudget budget;
    private final MergedRanges merges;
    private final SheetCells cells;

    private int row = -1;
    private int column = -1;
    private String type;
    private boolean hasValue;
    private boolean hasFormula;
    private boolean hasInline;
    private boolean inInline;
    private boolean inPhonetic;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private StringBuilder capture;

    private SheetReader(String sheet, List<String> strings, ReadBudget budget) {
        this.sheet = sheet;
        this.strings = strings;
        this.budget = budget;
        this.merges = new MergedRanges(sheet);
        this.cells = new SheetCells(merges);
    }

    static SheetCells read(String sheet, InputStream xml, List<String> strings, ReadBudget budget)
            throws IOException, SAXException {
        SheetReader reader = new SheetReader(sheet, strings, budget);
        StringTable.parse(xml, reader);
        return reader.cells;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!StringTable.MAIN.equals(uri)) {
            return;
        }
        switch (localName) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes.getValue("r"), attributes.getValue("t"));
            case "v" -> {
                hasValue = true;
                capture = value;
            }
            case "f" -> {
                hasFormula = true;
                capture = formula;
            }
            case "is" -> {
                hasInline = true;
                inInline = true;
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> capture = inInline && !inPhonetic ? inline : null;
            case "mergeCell" -> merges.add(range(attributes.getValue("ref")));
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (!StringTable.MAIN.equals(uri)) {
            return;
        }
        switch (localName) {
            case "v", "f", "t" -> capture = null;
            case "is" -> inInline = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> endCell();
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (capture != null) {
            StringTable.append(capture, ch, start, length, this::address);
        }
    }

    private void startRow(String r) {
        row = r == null ? row + 1 : Integer.parseInt(r) - 1;
        if (row < 0) {
            throw new IllegalArgumentException("sheet '" + sheet + "' has a row numbered " + r);
        }
        if (row >= WorkbookReader.MAX_ROWS) {
            throw SheetCells.pastRows(sheet, row);
        }
        column = -1;
        cells.row(row);
    }

    private void startCell(String r, String t) {
        budget.cell();
        if (row < 0) {
            throw new IllegalArgumentException("sheet '" + sheet + "' has a cell outside any row");
        }
        column = r == null ? column + 1 : new CellReference(r).getCol();
        if (column < 0) {
            throw new IllegalArgumentException("sheet '" + sheet + "' has a cell at '" + r + "'");
        }
        type = t == null ? "n" : t;
        hasValue = false;
        hasFormula = false;
        hasInline = false;
        value.setLength(0);
        formula.setLength(0);
        inline.setLength(0);
    }

    private void endCell() {
        capture = null;
        Object content = content();
        if (column >= WorkbookReader.MAX_COLUMNS) {
            if (content != SheetCells.Marker.BLANK) {
                throw SheetCells.pastColumns(sheet, column);
            }
            return;
        }
        cells.put(row, column, content);
    }

    /** What the cell imports: its cached value for a formula, by the type the {@code t} attribute gives. */
    private Object content() {
        if (hasFormula && !hasValue) {
            return SheetCells.uncalculated(address(), formulaText());
        }
        return switch (type) {
            case "n" -> hasValue ? number(value.toString()) : SheetCells.Marker.BLANK;
            case "s" -> hasValue ? shared(value.toString()) : "";
            case "inlineStr" -> text(hasInline ? inline : value);
            case "str" -> text(value);
            case "b" -> "1".equals(value.toString()) ? "是" : "否";
            case "d" -> hasValue ? text(value) : SheetCells.Marker.BLANK;
            case "e" -> hasValue ? SheetCells.error(address(), hasFormula ? formulaText() : null,
                    value.toString().strip()) : SheetCells.Marker.BLANK;
            default -> throw new IllegalArgumentException(address() + " is of no cell type: '" + type + "'");
        };
    }

    private String formulaText() {
        String text = formula.toString().strip();
        return text.isEmpty() ? "" : " =" + text;
    }

    private Object number(String text) {
        double number;
        try {
            number = text.isEmpty() ? 0 : Double.parseDouble(text);
        } catch (NumberFormatException notANumber) {
            number = Double.NaN;
        }
        if (!Double.isFinite(number)) {
            throw new Failure(Reason.INVALID_DATA, address() + ": a number cell whose value is no number");
        }
        return WorkbookReader.number(number);
    }

    private String shared(String index) {
        int at;
        try {
            at = Integer.parseInt(index.strip());
        } catch (NumberFormatException notAnIndex) {
            at = -1;
        }
        if (at < 0 || at >= strings.size()) {
            throw new IllegalArgumentException(address() + " refers to shared string '" + index
                    + "', which the workbook does not have");
        }
        return counted(strings.get(at).strip());
    }

    private String text(StringBuilder raw) {
        return counted(StringTable.unescape(raw.toString()).strip());
    }

    private String counted(String text) {
        budget.cellText(this::address, text.length());
        return text;
    }

    private String address() {
        return new CellReference(sheet, row, Math.max(column, 0), false, false).formatAsString();
    }

    private static MergedRanges.Range range(String ref) {
        if (ref == null) {
            throw new IllegalArgumentException("a merged range without its cells");
        }
        CellRangeAddress range = CellRangeAddress.valueOf(ref);
        return new MergedRanges.Range(range.getFirstRow(), range.getFirstColumn(), range.getLastRow(),
                range.getLastColumn());
    }
}
