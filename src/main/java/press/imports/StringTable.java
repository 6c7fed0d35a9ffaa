package press.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import press.failure.Failure;
import press.failure.Reason;

/**
 * A workbook's shared strings ({@code xl/sharedStrings.xml}), read as POI's
 * {@code ReadOnlySharedStringsTable} reads them — each {@code <si>} the text of its runs, phonetic
 * guides left out — but within the workbook's budget: no string longer than a cell can hold, no
 * more strings than cells, no more text than {@link WorkbookReader#MAX_TEXT}, each checked as the
 * XML streams past, so a table that inflates to more is refused before it is held.
 */
final class StringTable extends DefaultHandler {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final ReadBudget budget;
    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;

    private StringTable(ReadBudget budget) {
        this.budget = budget;
    }

    /** The strings in order, as a cell's {@code <v>} indexes them. */
    static List<String> read(InputStream xml, ReadBudget budget) throws IOException, SAXException {
        StringTable table = new StringTable(budget);
        parse(xml, table);
        return table.strings;
    }

    static void parse(InputStream xml, DefaultHandler handler) throws IOException, SAXException {
        XMLReader reader;
        try {
            // POI's secure reader: no DOCTYPE, no external entities
            reader = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML reader", e);
        }
        reader.setContentHandler(handler);
        reader.parse(new InputSource(xml));
    }

    /**
     * Excel's escape for characters XML cannot carry ({@code _x000D_} for a carriage return), undone
     * as POI undoes it for every string it hands out.
     */
    static String unescape(String value) {
        if (!value.contains("_x")) {
            return value;
        }
        Matcher escape = ESCAPE.matcher(value);
        StringBuilder out = new StringBuilder(value.length());
        while (escape.find()) {
            escape.appendReplacement(out, "");
            out.append((char) Integer.parseInt(escape.group(1), 16));
        }
        return escape.appendTail(out).toString();
    }

    /** Appends characters to a cell's text, refusing it at the first character past a cell's limit. */
    static void append(StringBuilder text, char[] ch, int start, int length, Supplier<String> where) {
        if (text.length() + length > WorkbookReader.MAX_CELL_TEXT) {
            throw tooLong(where.get());
        }
        text.append(ch, start, length);
    }

    /** A cell's text, or a shared string, longer than Excel lets a cell hold. */
    static Failure tooLong(String where) {
        return new Failure(Reason.INVALID_DATA, where + " holds more than " + WorkbookReader.MAX_CELL_TEXT
                + " characters, more than Excel lets a cell hold");
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!MAIN.equals(uri)) {
            return;
        }
        switch (localName) {
            case "si" -> text.setLength(0);
            case "t" -> inText = !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (!MAIN.equals(uri)) {
            return;
        }
        switch (localName) {
            case "si" -> {
                budget.sharedString(text.length());
                strings.add(unescape(text.toString()));
            }
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            append(text, ch, start, length, () -> "shared string " + (strings.size() + 1));
        }
    }
}
