package press.model;

import java.util.List;
import java.util.stream.Collectors;

/** A document as plain text, a line per paragraph, heading, table row or closing line: what archives search. */
public final class PlainText {

    private PlainText() {
    }

    public static String of(Document document) {
        StringBuilder text = new StringBuilder(16 * 1024);
        document.blocks().forEach(block -> append(text, block));
        return text.toString();
    }

    private static void append(StringBuilder text, Block block) {
        switch (block) {
            case Masthead m -> line(text, String.join(" ", m.name(), m.issue(), m.office(), m.date()).strip());
            case OfficialHead h -> {
                h.notices().forEach(notice -> line(text, notice));
                line(text, String.join(" ", h.issuers()) + h.suffix());
                line(text, h.documentNumber());
                h.signers().forEach(signer -> line(text, "签发人：" + signer));
            }
            case Addressees a -> line(text, String.join("、", a.names()) + "：");
            case Attendance a -> line(text, a.label() + "：" + String.join("、", a.names()));
            case Signature s -> {
                line(text, s.position());
                s.signatories().forEach(signatory -> line(text, signatory.name()));
                line(text, s.date());
            }
            case Note n -> line(text, "（" + n.text() + "）");
            case Figure f -> line(text, f.caption());
            case Chart c -> {
                line(text, c.title());
                line(text, String.join(" ", c.categories()));
                c.series().forEach(series -> line(text, series.name() + " " + series.values().stream()
                        .map(java.math.BigDecimal::toPlainString).collect(java.util.stream.Collectors.joining(" "))));
            }
            case Title t -> {
                line(text, Inline.plainText(t.content()));
                if (!t.subtitle().isEmpty()) {
                    line(text, Inline.plainText(t.subtitle()));
                }
            }
            case Heading h -> line(text, Inline.plainText(h.content()));
            case Paragraph p -> line(text, Inline.plainText(p.content()));
            case ItemList l -> list(text, l);
            case AttachmentNote a -> a.names().forEach(name -> line(text, name));
            case Table t -> {
                line(text, t.text().caption());
                line(text, t.text().unit());
                rows(text, t.allRows());
                t.text().notes().forEach(note -> line(text, note));
            }
            case Appendix a -> {
                line(text, a.title());
                a.content().forEach(child -> append(text, child));
            }
            case Closing c -> {
                line(text, c.disclosure());
                c.distribution().forEach(d -> line(text, d.label() + "：" + String.join("，", d.recipients())));
                line(text, c.office() + " " + c.printDate());
            }
            case PageBreak b -> {
                // a page break prints nothing
            }
        }
    }

    private static void list(StringBuilder text, ItemList list) {
        for (ListItem item : list.items()) {
            line(text, Inline.plainText(item.content()));
            item.sublists().forEach(sublist -> list(text, sublist));
        }
    }

    private static void rows(StringBuilder text, List<Row> rows) {
        for (Row row : rows) {
            line(text, row.cells().stream().map(Cell::plainText).filter(s -> !s.isEmpty()).collect(Collectors.joining(" ")));
        }
    }

    private static void line(StringBuilder text, String line) {
        if (!line.isBlank()) {
            text.append(line).append('\n');
        }
    }
}
