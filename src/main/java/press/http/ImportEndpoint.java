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

/**
 * {@code POST /import?format=xlsx|csv&name=…}: a spreadsheet's sheets read as typed table blocks
 * for the staff page to show and apply. The file is at most 5 MiB, refused with 413 past it; a
 * file that is not what it says is a 422. Nothing is stored. The file is read in the render queue,
 * under its admission and deadline.
 */
final class ImportEndpoint {

    static final long MAX_UPLOAD = 5L * 1024 * 1024;
    private static final Set<String> XLSX = Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** Not text/plain: a type a cross-site form may send without asking, which would let any page upload through a visitor's browser. */
    private static final Set<String> CSV = Set.of("text/csv");

    private final RenderQueue queue;

    ImportEndpoint(RenderQueue queue) {
        this.queue = queue;
    }

    void handle(Context ctx) {
        String format = ctx.queryParam("format");
        if (!"xlsx".equals(format) && !"csv".equals(format)) {
            throw new Failure(Reason.INVALID_PARAMETER, "format is xlsx or csv, not '" + format + "'",
                    List.of(Map.of("field", "format", "valid", List.of("xlsx", "csv"))));
        }
        String name = ctx.queryParam("name") == null ? "表格" : ctx.queryParam("name");
        queue.admit();
        byte[] file = RequestBodies.upload(ctx, MAX_UPLOAD, format.equals("xlsx") ? XLSX : CSV);
        List<ImportedTable> tables = queue.run("the import", () -> format.equals("xlsx")
                ? WorkbookReader.read(file) : List.of(CsvReader.read(name, file)));
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
}
