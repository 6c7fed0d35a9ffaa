package press.render;

import java.util.Set;
import java.util.TreeSet;
import press.model.Document;
import press.model.PlainText;

/**
 * All the text a rendered document can show: its own, the labels renderers add, the style
 * sheet's markers and page-number format with every digit. What font subsets are cut from.
 */
public final class DocumentText {

    private DocumentText() {
    }

    public static String of(Document document, StyleSheet style) {
        StringBuilder text = new StringBuilder(PlainText.of(document));
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
}
