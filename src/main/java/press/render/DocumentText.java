package press.render;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import press.model.Appendix;
import press.model.AttachmentNote;
import press.model.Block;
import press.model.Closing;
import press.model.Document;
import press.model.Heading;
import press.model.Inline;
import press.model.ItemList;
import press.model.Masthead;
import press.model.Paragraph;
import press.model.Row;
import press.model.Table;
import press.model.Title;

/**
 * All the text a rendered document can show: its own, the labels renderers add, the style
 * sheet's markers and page-number format with every digit. What font subsets are cut from.
 */
public final class DocumentText {

    private DocumentText() {
    }

    public static String of(Document document, StyleSheet style) {
        StringBuilder text = new StringBuilder(16 * 1024);
        document.blocks().forEach(block -> append(text, block));
        text.append(Labels.LITERALS).append(style.pageNumber().format()).append(style.appendix().label());
        style.roles().values().forEach(role -> text.append(role.marker()));
        return text.toString();
    }

    /** The font roles the style sheet uses, page numbers included. */
    public static Set<String> fontRoles(StyleSheet style) {
        Set<String> roles = new TreeSet<>();
        style.roles().values().forEach(role -> roles.add(role.font()));
        roles.add(style.pageNumber().font());
        return roles;
    }

    private static void append(StringBuilder text, Block block) {
        if (block instanceof Masthead m) {
            text.append(m.name()).append(m.issue()).append(m.office()).append(m.date());
        } else if (block instanceof Title t) {
            inlines(text, t.content());
            inlines(text, t.subtitle());
        } else if (block instanceof Heading h) {
            inlines(text, h.content());
        } else if (block instanceof Paragraph p) {
            inlines(text, p.content());
        } else if (block instanceof ItemList l) {
            l.items().forEach(item -> inlines(text, item));
        } else if (block instanceof AttachmentNote a) {
            a.names().forEach(text::append);
        } else if (block instanceof Table t) {
            for (Row row : t.allRows()) {
                row.cells().forEach(cell -> inlines(text, cell.content()));
            }
        } else if (block instanceof Appendix a) {
            text.append(a.title());
            a.content().forEach(child -> append(text, child));
        } else if (block instanceof Closing c) {
            text.append(c.disclosure()).append(c.office()).append(c.printDate());
            c.distribution().forEach(line -> {
                text.append(line.label());
                line.recipients().forEach(text::append);
            });
        }
    }

    private static void inlines(StringBuilder text, List<Inline> inlines) {
        text.append(Inline.plainText(inlines));
    }
}
