package press.render.layout;

import java.util.ArrayList;
import java.util.List;
import press.model.AttachmentNote;
import press.model.Figure;
import press.model.Inline;
import press.model.ItemList;
import press.model.ListItem;
import press.model.Picture;
import press.model.Text;
import press.render.style.PageStyle;
import press.render.style.Role;
import press.render.style.TextStyle;

/** Lays out the body's lists, figures and 附件说明 for a {@link LayoutPass}, each into the parts it prints as. */
final class BodyBlocks {

    private final LayoutPass pass;

    BodyBlocks(LayoutPass pass) {
        this.pass = pass;
    }

    /**
     * A list's items as body paragraphs, each after its marker (its own, or its number when the
     * list is ordered); a nested list steps in two characters for each level.
     */
    void list(ItemList list, int level, List<Part> out) {
        int number = 1;
        TextStyle body = pass.style().role(Role.BODY);
        Indent indent = level == 0 ? null : new Indent(2 * level * body.characterWidth(), body.indent() * body.characterWidth());
        for (ListItem item : list.items()) {
            List<Inline> content = new ArrayList<>();
            String marker = !item.marker().isEmpty() ? item.marker()
                    : list.ordered() ? Labels.listMarker(list.numbering(), number) : "";
            number++;
            if (!marker.isEmpty()) {
                content.add(new Text(marker));
            }
            content.addAll(item.content());
            out.add(new TextParagraph(Role.BODY, pass.spans(Role.BODY, content, pass.where("list item")), null, indent,
                    false));
            item.sublists().forEach(sublist -> list(sublist, level + 1, out));
        }
    }

    /**
     * A figure centred at its width (its pixels at 150 dpi when the data give none), never wider
     * than the text block nor taller than most of it, its caption under it.
     */
    void figure(Figure figure, PageStyle page, List<Part> out) {
        Picture picture = figure.picture();
        float natural = picture.width() * 72f / 150f;
        float width = Math.min(page.textWidth(), figure.width() > 0 ? figure.width() * 72f / 25.4f : natural);
        float height = width * picture.height() / picture.width();
        float tallest = page.textHeight() * 0.8f;
        if (height > tallest) {
            width *= tallest / height;
            height = tallest;
        }
        out.add(new LaidOutFigure(picture.data(), picture.format() == Picture.Format.PNG, width, height,
                figure.caption().isEmpty() ? Labels.PICTURE : figure.caption()));
        if (!figure.caption().isEmpty()) {
            out.add(new TextParagraph(Role.FIGURE_CAPTION, pass.text(Role.FIGURE_CAPTION, figure.caption(),
                    pass.where("figure caption"))));
        }
    }

    /** 附件说明: "附件：1.name", later names under the first; a wrapped name aligns with its first character. */
    void attachments(AttachmentNote note, List<Part> out) {
        TextStyle attachmentStyle = pass.style().role(Role.ATTACHMENTS);
        float start = attachmentStyle.indent() * attachmentStyle.characterWidth();
        float label = pass.width(Labels.ATTACHMENTS, attachmentStyle);
        int count = note.names().size();
        for (int i = 0; i < count; i++) {
            String number = Labels.attachmentNumber(i + 1, count);
            String line = (i == 0 ? Labels.ATTACHMENTS : "") + number + note.names().get(i);
            float numberWidth = pass.width(number, attachmentStyle);
            Indent indent = Indent.hanging(start + label + numberWidth, (i == 0 ? label : 0) + numberWidth);
            out.add(new TextParagraph(Role.ATTACHMENTS, pass.text(Role.ATTACHMENTS, line, pass.where("attachment")), null,
                    indent, i > 0));
        }
    }
}
