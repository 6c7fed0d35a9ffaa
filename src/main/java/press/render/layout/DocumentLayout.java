package press.render.layout;

import java.util.Objects;
import press.fonts.FontLibrary;
import press.model.Document;
import press.render.style.StyleSheet;

/**
 * The layout step of one variant's style sheet: built once and shared by every thread, it lays
 * out each document in a pass of its own. Page orientation is decided from the bundled fonts'
 * metrics, so every format turns the same pages; column widths and the closing block then leave
 * the format's {@link Slack}.
 */
public final class DocumentLayout {

    private final StyleSheet style;
    private final FontLibrary fonts;
    private final Slack slack;
    private final TableLayout orientation;
    private final TableLayout tables;

    public DocumentLayout(StyleSheet style, FontLibrary fonts, Slack slack) {
        this.style = Objects.requireNonNull(style, "style");
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.slack = Objects.requireNonNull(slack, "slack");
        this.orientation = new TableLayout(style, fonts, Slack.NONE);
        this.tables = slack.equals(Slack.NONE) ? orientation : new TableLayout(style, fonts, slack);
    }

    public StyleSheet style() {
        return style;
    }

    /**
     * @throws press.failure.Failure ({@code UNCOVERED_CHARACTER}) when no bundled font draws a
     *     character, naming where in the document it is
     */
    public LaidOutDocument layOut(Document document) {
        return new LayoutPass(style, fonts, slack, orientation, tables).layOut(document);
    }
}
