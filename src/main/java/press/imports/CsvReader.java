package press.imports;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import press.failure.Failure;
import press.failure.Reason;

/**
 * Reads a CSV file as Excel writes one: UTF-8 (with or without its byte-order mark) or, when the
 * bytes are not UTF-8, GB18030 (Chinese Excel's "CSV"); fields separated by commas, quoted where
 * they hold commas, quotes or line breaks. A field that is a number ("1335", "-2.5", "1,335") is
 * read as one, when it has no more digits than a figure can: a longer run of digits is an
 * identifier (or an attack on the decimal conversion, which takes time in the square of its
 * length) and stays text.
 */
public final class CsvReader {

    /**
     * The most digits a field read as a number has: twice the 15 significant digits a figure keeps
     * (see {@code press.figures.NumberStyle}), room for an 18-digit code to stay the number it
     * always was, and far below where {@link BigDecimal}'s conversion takes time (at a million
     * digits, seconds).
     */
    static final int MAX_DIGITS = 30;
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");

    private CsvReader() {
    }

    public static ImportedTable read(String name, byte[] csv) {
        String text = decode(csv);
        List<List<SheetRows.Value>> grid = new ArrayList<>();
        for (List<String> record : records(text)) {
            if (grid.size() >= WorkbookReader.MAX_ROWS) {
                throw new Failure(Reason.INVALID_DATA, name + " has more than " + WorkbookReader.MAX_ROWS + " rows");
            }
            if (record.size() > WorkbookReader.MAX_COLUMNS) {
                throw new Failure(Reason.INVALID_DATA, name + " row " + (grid.size() + 1) + " has " + record.size()
                        + " fields; a table holds at most " + WorkbookReader.MAX_COLUMNS + " columns");
            }
            grid.add(record.stream().map(field -> new SheetRows.Value(value(field), 1, 1, false)).toList());
        }
        return SheetRows.table(name, grid);
    }

    static String decode(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
        try {
            return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                return strict(Charset.forName("GB18030")).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException neither) {
                throw new Failure(Reason.INVALID_DATA, "the CSV file is neither UTF-8 nor GB18030");
            }
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static Object value(String field) {
        String trimmed = field.strip();
        return figure(trimmed) ? new BigDecimal(trimmed.replace(",", "")) : trimmed;
    }

    /** Whether the text is a number of at most {@link #MAX_DIGITS} digits, counted before anything is converted. */
    static boolean figure(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && ++digits > MAX_DIGITS) {
                return false;
            }
        }
        return NUMBER.matcher(text).matches();
    }

    /** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
