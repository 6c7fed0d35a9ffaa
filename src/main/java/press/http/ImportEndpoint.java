package press.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import press.failure.Failure;
import press.failure.Reason;
import press.imports.CsvReader;
import press.imports.ImportedTable;
import press.imports.WorkbookReader;
import press.imports.XlsReader;

/**
 * {@code POST /import?format=xlsx|xls|et|csv&name=…}: a spreadsheet's sheets read as typed table
 * blocks for the staff page to show and apply: an .xlsx, an Excel 97–2003 .xls, a WPS .et (an .xls
 * under WPS's name) or a CSV. The file is at most 5 MiB, refused with 413 past it; a file that is
 * not what it says is a 422 (an .et that cannot be read says to save it as .xlsx in WPS). Nothing
 * is stored. The file is read in the render queue, under its admission and deadline.
 */
final class ImportEndpoint {

    static final long MAX_UPLOAD = 5L * 1024 * 1024;
    private static final Set<String> XLSX = Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final Set<String> XLS = Set.of("application/vnd.ms-excel");
    /** What browsers and desktops call an .et: Excel's type (the page sends it) or the freedesktop one. */
    private static final Set<String> ET = Set.of("application/vnd.ms-excel", "application/wps-office.et");
    /** Not text/plain: a type a cross-site form may send without asking, which would let any page upload through a visitor's browser. */
    private static final Set<String> CSV = Set.of("text/csv");
    private static final List<String> FORMATS = List.of("xlsx", "xls", "et", "csv");

    private final RenderQueue queue;

    ImportEndpoint(RenderQueue queue) {
        this.queue = queue;
    }

    void handle(Context ctx) {
        String format = ctx.queryParam("format");
        if (!FORMATS.contains(format)) {
            throw new Failure(Reason.INVALID_PARAMETER, "format is xlsx, xls, et or csv, not '" + format + "'",
                    List.of(Map.of("field", "format", "valid", FORMATS)));
        }
        String name = ctx.queryParam("name") == null ? "表格" : ctx.queryParam("name");
        queue.admit();
        byte[] file = RequestBodies.upload(ctx, MAX_UPLOAD, switch (format) {
            case "xlsx" -> XLSX;
            case "xls" -> XLS;
            case "et" -> ET;
            default -> CSV;
        });
        List<ImportedTable> tables;
        try {
            tables = queue.run("the import", () -> switch (format) {
                case "xlsx" -> WorkbookReader.read(file);
                case "xls" -> XlsReader.read(file);
                case "et" -> XlsReader.readEt(file);
                default -> List.of(CsvReader.read(name, file));
            });
        } catch (Failure failure) {
            throw failure.reason() == Reason.INVALID_DATA ? told(failure) : failure;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (ImportedTable table : tables) {
            Map<String, Object> block = new LinkedHashMap<>();
            block.put("type", "table");
            block.put("columns", table.columns());
            block.put("head", cells(table.head()));
            block.put("body", cells(table.body()));
            block.put("foot", cells(table.foot()));
            out.add(Map.of("sheet", table.sheet(), "block", block));
        }
        Responses.json(ctx, 200, Map.of("tables", out));
    }

    /** Cells as the table block writes them: text, numbers, or {text, rowspan, colspan}. */
    private static List<List<Object>> cells(List<List<Object>> rows) {
        return rows.stream().map(row -> row.stream().map(cell -> cell instanceof ImportedTable.SpanCell span
                ? (Object) Map.of("text", span.text(), "rowspan", span.rowspan(), "colspan", span.colspan())
                : cell).toList()).toList();
    }

    /** A sheet the readers refuse, told to a clerk: their own Chinese where they wrote it, else what it is about. */
    private static Failure told(Failure refused) {
        String message = refused.getMessage();
        boolean chinese = message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return refused.inChinese(chinese ? message
                : "文件不是能读取的表格，或超出导入的限制（最多 2000 行、30 列，单元格文字不超过 32767 字）");
    }
}
