package press.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A readable, line-oriented text rendering of a document, one block per line and indented
 * children: what the golden files of the fixtures hold, so a change in the model shows as a
 * plain diff.
 */
public final class ModelDump {

    private final StringBuilder out = new StringBuilder();

    private ModelDump() {
    }

    public static String of(Document document) {
        ModelDump dump = new ModelDump();
        Metadata m = document.metadata();
        dump.line(0, "metadata title=" + m.title() + " region=" + m.region() + " period=" + m.period()
                + " issuer=" + m.issuer() + " issued=" + m.issued());
        document.blocks().forEach(block -> dump.block(0, block));
        return dump.out.toString();
    }

    private void block(int depth, Block block) {
        if (block instanceof Masthead m) {
            line(depth, "masthead " + m.name() + " | " + m.issue() + " | " + m.office() + " | " + m.date());
        } else if (block instanceof Title t) {
            line(depth, "title " + inlines(t.content())
                    + (t.subtitle().isEmpty() ? "" : " | subtitle " + inlines(t.subtitle())));
        } else if (block instanceof Heading h) {
            line(depth, "heading" + h.level() + " " + inlines(h.content()));
        } else if (block instanceof Paragraph p) {
            line(depth, "p " + inlines(p.content()));
        } else if (block instanceof ItemList l) {
            line(depth, l.ordered() ? "ordered-list" : "list");
            l.items().forEach(item -> line(depth + 1, "item " + inlines(item)));
        } else if (block instanceof AttachmentNote a) {
            line(depth, "attachments");
            a.names().forEach(name -> line(depth + 1, "attachment " + name));
        } else if (block instanceof Table t) {
            table(depth, t);
        } else if (block instanceof Appendix a) {
            line(depth, "appendix " + a.number() + " " + a.title());
            a.content().forEach(child -> block(depth + 1, child));
        } else if (block instanceof Closing c) {
            line(depth, "closing disclosure=" + c.disclosure());
            c.distribution().forEach(d -> line(depth + 1, d.label() + ": " + String.join(" / ", d.recipients())));
            line(depth + 1, "imprint " + c.office() + " | " + c.printDate());
        } else if (block instanceof PageBreak) {
            line(depth, "page-break");
        }
    }

    private void table(int depth, Table table) {
        line(depth, "table orientation=" + table.orientation().name().toLowerCase() + " columns="
                + table.columns().stream().map(k -> k.name().toLowerCase()).collect(Collectors.joining(",")));
        rows(depth + 1, "head", table.head());
        rows(depth + 1, "body", table.body());
        rows(depth + 1, "foot", table.foot());
    }

    private void rows(int depth, String section, List<Row> rows) {
        for (Row row : rows) {
            line(depth, section + " | " + row.cells().stream().map(ModelDump::cell).collect(Collectors.joining(" | ")) + " |");
        }
    }

    private static String cell(Cell cell) {
        String spans = cell.rowSpan() == 1 && cell.colSpan() == 1 ? "" : "{" + cell.rowSpan() + "x" + cell.colSpan() + "}";
        return spans + inlines(cell.content());
    }

    private static String inlines(List<Inline> inlines) {
        StringBuilder text = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Text t) {
                text.append(t.value());
            } else if (inline instanceof Strong s) {
                text.append("**").append(inlines(s.content())).append("**");
            } else {
                text.append('⏎');
            }
        }
        return text.toString();
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }
}
