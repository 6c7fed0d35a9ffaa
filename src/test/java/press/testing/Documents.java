package press.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import press.model.Appendix;
import press.model.AttachmentNote;
import press.model.Block;
import press.model.Cell;
import press.model.Closing;
import press.model.ColumnKind;
import press.model.DistributionLine;
import press.model.Document;
import press.model.Heading;
import press.model.Masthead;
import press.model.Metadata;
import press.model.Orientation;
import press.model.PageBreak;
import press.model.Paragraph;
import press.model.Row;
import press.model.Table;
import press.model.Text;
import press.model.Title;

/**
 * Small documents for tests of one feature, built in a line or two instead of rendering the
 * 30 KB reference: {@code Documents.titled("标题").paragraph("正文").closing().build()}.
 */
public final class Documents {

    private final String title;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Block> appendices = new ArrayList<>();
    private Closing closing;

    private Documents(String title) {
        this.title = title;
    }

    public static Documents titled(String title) {
        Documents documents = new Documents(title);
        documents.blocks.add(new Title(List.of(new Text(title))));
        return documents;
    }

    public Documents masthead(String name, String issue, String office, String date) {
        blocks.add(0, new Masthead(name, issue, office, date));
        return this;
    }

    public Documents heading(int level, String text) {
        blocks.add(new Heading(level, List.of(new Text(text))));
        return this;
    }

    public Documents paragraph(String text) {
        blocks.add(new Paragraph(List.of(new Text(text))));
        return this;
    }

    public Documents paragraphs(int count, String text) {
        for (int i = 0; i < count; i++) {
            paragraph(text);
        }
        return this;
    }

    public Documents pageBreak() {
        blocks.add(new PageBreak());
        return this;
    }

    public Documents attachments(String... names) {
        blocks.add(new AttachmentNote(List.of(names)));
        return this;
    }

    /** A table of text cells: the first row is the head, the others the body. */
    public Documents table(Orientation orientation, List<List<String>> rows) {
        blocks.add(table(orientation, rows.get(0), rows.subList(1, rows.size())));
        return this;
    }

    /** An appendix holding one table of text cells, the first row its head. */
    public Documents appendixTable(String appendixTitle, List<List<String>> rows) {
        appendices.add(new Appendix(appendices.size() + 1, appendixTitle,
                List.of(table(Orientation.AUTO, rows.get(0), rows.subList(1, rows.size())))));
        return this;
    }

    /** The usual closing block, or one changed by {@code change}. */
    public Documents closing(UnaryOperator<Closing> change) {
        closing = change.apply(new Closing("主动公开",
                List.of(new DistributionLine("报", List.of("省中心")), new DistributionLine("送", List.of("州委办公室", "州政府办公室"))),
                "测试办公室", "2020年6月10日印"));
        return this;
    }

    public Documents closing() {
        return closing(UnaryOperator.identity());
    }

    public Document build() {
        List<Block> all = new ArrayList<>(blocks);
        all.addAll(appendices);
        if (closing != null) {
            all.add(closing);
        }
        return new Document(new Metadata(title, "测试州", "2020-05", "测试办公室", "2020-06-10"), all);
    }

    /** Rows of plain strings, for {@link #table} and {@link #appendixTable}. */
    public static List<List<String>> rows(String... rowsSeparatedByBars) {
        return Arrays.stream(rowsSeparatedByBars).map(row -> List.of(row.split("\\|", -1))).toList();
    }

    private static Table table(Orientation orientation, List<String> head, List<List<String>> body) {
        List<ColumnKind> columns = head.stream().map(cell -> ColumnKind.TEXT).toList();
        return new Table(columns, List.of(row(head)), body.stream().map(Documents::row).toList(), List.of(), orientation);
    }

    private static Row row(List<String> cells) {
        return new Row(cells.stream().map(Cell::of).toList());
    }
}
