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
        switch (block) {
            case Masthead m -> line(depth, "masthead " + m.name() + " | " + m.issue() + " | " + m.office() + " | " + m.date());
            case OfficialHead h -> {
                line(depth, "head " + String.join(" / ", h.issuers()) + " | " + h.suffix() + " | " + h.documentNumber());
                h.notices().forEach(notice -> line(depth + 1, "notice " + notice));
                h.signers().forEach(signer -> line(depth + 1, "signer " + signer));
            }
            case Addressees a -> line(depth, "addressees " + String.join(" / ", a.names()));
            case Attendance a -> line(depth, "attendance " + a.label() + " | " + String.join(" / ", a.names()));
            case Signature s -> line(depth, "signature " + (s.bySigner() ? s.position() + " " : "")
                    + String.join(" / ", s.signatories().stream().map(Signatory::name).toList()) + " | " + s.date()
                    + String.join("", s.signatories().stream().map(Signatory::seal).flatMap(java.util.Optional::stream)
                            .map(seal -> " | seal " + seal.size() + " bytes").toList()));
            case Note n -> line(depth, "note " + n.text());
            case Figure f -> line(depth, "figure " + f.picture() + (f.width() > 0 ? " " + f.width() + "mm" : "")
                    + (f.caption().isEmpty() ? "" : " | " + f.caption()));
            case Title t -> line(depth, "title " + inlines(t.content())
                    + (t.subtitle().isEmpty() ? "" : " | subtitle " + inlines(t.subtitle())));
            case Heading h -> line(depth, "heading" + h.level() + " " + inlines(h.content()));
            case Paragraph p -> line(depth, "p " + inlines(p.content()));
            case ItemList l -> list(depth, l);
            case AttachmentNote a -> {
                line(depth, "attachments");
                a.names().forEach(name -> line(depth + 1, "attachment " + name));
            }
            case Table t -> table(depth, t);
            case Chart c -> {
                line(depth, "chart " + c.kind().name().toLowerCase() + (c.stacked() ? " stacked" : "")
                        + (c.labels() ? " labels" : "") + " | " + c.title() + " | " + c.categoryAxis() + " | "
                        + c.valueAxis() + " | " + c.unit());
                line(depth + 1, "categories " + String.join(" / ", c.categories()));
                c.series().forEach(series -> line(depth + 1, "series " + series.name() + ": " + series.values().stream()
                        .map(java.math.BigDecimal::toPlainString).collect(Collectors.joining(" / "))));
            }
            case Appendix a -> {
                line(depth, "appendix " + a.number() + " " + a.title());
                a.content().forEach(child -> block(depth + 1, child));
            }
            case Closing c -> {
                line(depth, "closing disclosure=" + c.disclosure());
                c.distribution().forEach(d -> line(depth + 1, d.label() + ": " + String.join(" / ", d.recipients())));
                line(depth + 1, "imprint " + c.office() + " | " + c.printDate());
            }
            case PageBreak b -> line(depth, "page-break");
        }
    }

    private void list(int depth, ItemList list) {
        line(depth, list.ordered() ? "ordered-list " + list.numbering().name().toLowerCase() : "list");
        for (ListItem item : list.items()) {
            line(depth + 1, "item " + (item.marker().isEmpty() ? "" : "[" + item.marker() + "] ") + inlines(item.content()));
            item.sublists().forEach(sublist -> list(depth + 2, sublist));
        }
    }

    private void table(int depth, Table table) {
        line(depth, "table orientation=" + table.orientation().name().toLowerCase() + " columns="
                + table.columns().stream().map(k -> k.name().toLowerCase()).collect(Collectors.joining(","))
                + (table.abridgeable() ? " abridgeable" : ""));
        if (!table.text().caption().isEmpty()) {
            line(depth + 1, "caption " + table.text().caption());
        }
        if (!table.text().unit().isEmpty()) {
            line(depth + 1, "unit " + table.text().unit());
        }
        rows(depth + 1, "head", table.head());
        rows(depth + 1, "body", table.body());
        rows(depth + 1, "foot", table.foot());
        table.text().notes().forEach(note -> line(depth + 1, "note " + note));
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
            switch (inline) {
                case Text t -> text.append(t.value());
                case Strong s -> text.append("**").append(inlines(s.content())).append("**");
                case Kai k -> text.append("_").append(inlines(k.content())).append("_");
                case LineBreak b -> text.append('⏎');
            }
        }
        return text.toString();
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }
}
