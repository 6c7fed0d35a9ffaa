package press.render.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import press.fonts.FontFace;
import press.fonts.FontLibrary;
import press.fonts.FontRun;
import press.model.Addressees;
import press.model.Attendance;
import press.model.Appendix;
import press.model.AttachmentNote;
import press.model.Block;
import press.model.Closing;
import press.model.Document;
import press.model.Chart;
import press.model.Figure;
import press.model.Heading;
import press.model.Inline;
import press.model.ItemList;
import press.model.Kai;
import press.model.LineBreak;
import press.model.Masthead;
import press.model.Note;
import press.model.OfficialHead;
import press.model.PageBreak;
import press.model.Paragraph;
import press.model.Signature;
import press.model.Strong;
import press.model.Table;
import press.model.TableText;
import press.model.Text;
import press.model.Title;
import press.render.Cancellation;
import press.render.style.Align;
import press.render.style.AppendixLayout;
import press.render.style.PageNumberStyle;
import press.render.style.PageStyle;
import press.render.style.Role;
import press.render.style.StyleSheet;
import press.render.style.TextStyle;

/** Lays out one document; made for one call, so its state is never shared. */
final class LayoutPass {

    /** The font role 楷体 runs inside other text are set in. */
    private static final String KAI = "kai";

    private final StyleSheet style;
    private final FontLibrary fonts;
    private final Slack slack;
    private final TableLayout orientation;
    /** The tables as the orientation's layout measured them, once each. */
    private final TableLayout.Measured measured = new TableLayout.Measured();
    private final TableParts tables;
    private final BodyBlocks blocks = new BodyBlocks(this);
    private final FontPlan plan = new FontPlan();
    private final Set<Role> plannedRoles = EnumSet.noneOf(Role.class);
    private final List<Section> sections = new ArrayList<>();
    private List<Part> parts = new ArrayList<>();
    private PageStyle page;
    private boolean landscape;
    private String section = "body";
    private int blockNumber;
    private boolean titleOnHead;
    private int appendices;

    LayoutPass(StyleSheet style, FontLibrary fonts, Slack slack, TableLayout orientation, TableLayout tables) {
        this.style = style;
        this.fonts = fonts;
        this.slack = slack;
        this.orientation = orientation;
        // a layout that leaves no slack measures as the orientation's does: one measure serves both
        this.tables = new TableParts(tables, this, tables == orientation ? measured : new TableLayout.Measured());
        this.page = style.page();
    }

    LaidOutDocument layOut(Document document) {
        appendices = (int) document.blocks().stream().filter(Appendix.class::isInstance).count();
        for (Block block : document.blocks()) {
            add(block);
        }
        if (!parts.isEmpty() || sections.isEmpty()) {
            sections.add(new Section(page, landscape, parts));
        }
        return new LaidOutDocument(document.metadata(), sections, pageNumbering(), plan.build());
    }

    private void add(Block block) {
        Cancellation.check();
        blockNumber++;
        if (titleOnHead && !(block instanceof Title)) {
            // a head without a title (a 命令): the body goes back on the grid under the head's lowest line
            parts.add(new GridSnap(style.head().bodyLines(), 0));
            titleOnHead = false;
        }
        switch (block) {
            case Masthead masthead -> masthead(masthead);
            case OfficialHead head -> {
                parts.add(new HeadLayout(this, page).layOut(head));
                titleOnHead = true;
            }
            case Title title -> {
                parts.add(paragraph(Role.TITLE, TitleLines.balanced(title.content(), style.role(Role.TITLE),
                        page.textWidth(), fonts), "title"));
                if (!title.subtitle().isEmpty()) {
                    parts.add(paragraph(Role.SUBTITLE, title.subtitle(), "subtitle"));
                }
                if (titleOnHead) {
                    Role last = title.subtitle().isEmpty() ? Role.TITLE : Role.SUBTITLE;
                    parts.add(new GridSnap(style.head().bodyLines(), EmBox.DESCENT * style.role(last).size()));
                    titleOnHead = false;
                }
            }
            case Addressees addressees -> parts.add(new TextParagraph(Role.ADDRESSEES,
                    names(Role.ADDRESSEES, addressees.names(), Labels.ADDRESSEES_BETWEEN, Labels.ADDRESSEES_AFTER,
                            where("addressees"))));
            case Attendance attendance -> parts.add(attendance(attendance));
            case Signature signature -> parts.add(new SignatureLayout(this).layOut(signature, page.textWidth()));
            case Note note -> parts.add(new TextParagraph(Role.NOTE, text(Role.NOTE, Labels.note(note.text()), where("note"))));
            case Figure figure -> blocks.figure(figure, page, parts);
            case Chart chart -> parts.add(new ChartLayout(this).layOut(chart, page));
            case Heading heading -> heading(heading);
            case Paragraph paragraph -> parts.add(paragraph(Role.BODY, paragraph.content(), "paragraph"));
            case ItemList list -> blocks.list(list, 0, parts);
            case AttachmentNote note -> blocks.attachments(note, parts);
            case Table table -> table(table);
            case Appendix appendix -> appendix(appendix);
            // the closing block is printed upright on a portrait page, whatever page the document ends on
            case Closing closing -> {
                ClosingBlock closingBlock = new ClosingParts(this, slack).closing(closing, style.page().textWidth());
                // a 信函 prints neither rules nor printing office: without 抄送 its 版记 has nothing to say
                if (!closingBlock.rows().isEmpty()) {
                    parts.add(closingBlock);
                }
            }
            case PageBreak pageBreak -> parts.add(new NewPage());
        }
    }

    private void masthead(Masthead masthead) {
        parts.add(new TextParagraph(Role.MASTHEAD, text(Role.MASTHEAD, masthead.name(), where("masthead"))));
        if (!masthead.issue().isEmpty()) {
            parts.add(new TextParagraph(Role.MASTHEAD_ISSUE,
                    text(Role.MASTHEAD_ISSUE, masthead.issue(), where("masthead issue"))));
        }
        parts.add(new MastheadLine(text(Role.MASTHEAD_LINE, masthead.office(), where("masthead")),
                text(Role.MASTHEAD_LINE, masthead.date(), where("masthead")), style.closing().thickRule() * 2,
                style.role(Role.MASTHEAD).color()));
    }

    /**
     * A table with its caption and unit above it, kept with its first rows, and its notes under
     * it. In the body, a table that needs a landscape page gets one of its own, and the body
     * goes on in portrait after it (an appendix turns as a whole).
     */
    private void table(Table table) {
        TableFit fit = orientation.fit(table, landscape, measured);
        boolean turn = !landscape && section.equals("body") && fit.landscape();
        if (turn) {
            startSection(style.page().landscape(), true);
        }
        TableText text = table.text();
        if (!text.caption().isEmpty()) {
            parts.add(new TextParagraph(Role.TABLE_CAPTION, text(Role.TABLE_CAPTION, text.caption(), where("table caption"))));
        }
        if (!text.unit().isEmpty()) {
            parts.add(new TextParagraph(Role.TABLE_UNIT, text(Role.TABLE_UNIT, text.unit(), where("table unit"))));
        }
        List<Table> pieces = new ArrayList<>();
        for (List<Integer> columns : fit.parts()) {
            Table piece = fit.split() ? TableSlices.slice(table, columns) : table;
            if (piece == null) {
                pieces = List.of(table);
                break;
            }
            pieces.add(piece);
        }
        for (Table piece : pieces) {
            parts.add(tables.table(piece, page.textWidth(), fit.scale(), where("table")));
        }
        for (String note : text.notes()) {
            parts.add(new TextParagraph(Role.TABLE_NOTE, text(Role.TABLE_NOTE, note, where("table note"))));
        }
        if (turn) {
            startSection(style.page(), false);
        }
    }

    /** Ends the section so far (unless it holds nothing) and goes on on pages of {@code next}. */
    private void startSection(PageStyle next, boolean turned) {
        if (!parts.isEmpty()) {
            sections.add(new Section(page, landscape, parts));
        }
        parts = new ArrayList<>();
        page = next;
        landscape = turned;
    }

    /** A heading in the role of its rank, after the rank's marker. */
    private void heading(Heading heading) {
        Role role = Role.heading(heading.level());
        TextStyle headingStyle = style.role(role);
        List<Inline> content = new ArrayList<>();
        if (!headingStyle.marker().isEmpty()) {
            content.add(new Text(headingStyle.marker()));
        }
        content.addAll(heading.content());
        parts.add(new TextParagraph(role, spans(role, content, where("heading"))));
    }

    /** An appendix starts a section: landscape when one of its tables does not fit a portrait page. */
    private void appendix(Appendix appendix) {
        boolean turned = orientation.needsLandscape(appendix, measured);
        startSection(turned ? style.page().landscape() : style.page(), turned);
        section = Labels.appendixLabel(appendix.number());
        blockNumber = 0;
        String label = style.appendix().label(appendix.number(), appendices);
        if (style.appendix().layout() == AppendixLayout.INLINE) {
            List<Span> line = new ArrayList<>(text(Role.APPENDIX_LABEL, label, where("appendix label")));
            line.addAll(text(Role.APPENDIX_TITLE, appendix.title(), where("appendix title")));
            parts.add(new TextParagraph(Role.APPENDIX_TITLE, line));
        } else {
            parts.add(new TextParagraph(Role.APPENDIX_LABEL, text(Role.APPENDIX_LABEL, label, where("appendix label"))));
            parts.add(new TextParagraph(Role.APPENDIX_TITLE, spans(Role.APPENDIX_TITLE, TitleLines.balanced(
                    List.of(new Text(appendix.title())), style.role(Role.APPENDIX_TITLE), page.textWidth(), fonts),
                    where("appendix title"))));
        }
        appendix.content().forEach(this::add);
    }

    private PageNumbering pageNumbering() {
        PageNumberStyle numbers = style.pageNumber();
        String format = numbers.format();
        int at = format.indexOf("{n}");
        String where = "page number";
        plan.face(fonts.face(numbers.font()));
        List<FontFace> digits = new ArrayList<>();
        for (FontRun run : runs("0123456789", numbers.font(), where)) {
            run.text().codePoints().forEach(digit -> digits.add(run.face()));
        }
        return new PageNumbering(runs(format.substring(0, at), numbers.font(), where), digits,
                runs(format.substring(at + 3), numbers.font(), where));
    }

    private TextParagraph paragraph(Role role, List<Inline> content, String kind) {
        return new TextParagraph(role, spans(role, content, where(kind)));
    }

    /** Inline content as spans in {@code role}; the role's face is planned, as a writer may set an empty line in it. */
    List<Span> spans(Role role, List<Inline> content, String where) {
        usesRole(role);
        List<Span> spans = new ArrayList<>();
        addSpans(spans, role, content, false, style.role(role).font(), where);
        return spans;
    }

    /** Inlines as spans: strong text stroked, 楷体 text in the {@code kai} font role at the role's size. */
    private void addSpans(List<Span> spans, Role role, List<Inline> content, boolean strong, String font, String where) {
        for (Inline inline : content) {
            switch (inline) {
                case Text text -> spans.add(new TextSpan(role, strong, runs(text.value(), font, where)));
                case Strong emphasis -> addSpans(spans, role, emphasis.content(), true, font, where);
                case Kai kai -> {
                    plan.face(fonts.face(KAI));
                    addSpans(spans, role, kai.content(), strong, KAI, where);
                }
                case LineBreak lineBreak -> spans.add(new BreakSpan(fonts.face(style.role(role).font())));
            }
        }
    }

    /** Plain text as one span in {@code role}, none when it is empty. */
    List<Span> text(Role role, String text, String where) {
        usesRole(role);
        return text.isEmpty() ? List.of() : List.of(new TextSpan(role, false, runs(text, style.role(role).font(), where)));
    }

    /**
     * "出席：" in the heading face two characters in, the names after it in the body's, each kept
     * whole, a wrapped line starting under the first name (§10.3).
     */
    private TextParagraph attendance(Attendance attendance) {
        TextStyle body = style.role(Role.BODY);
        String label = attendance.label() + Labels.ADDRESSEES_AFTER;
        List<Span> spans = new ArrayList<>(text(Role.HEADING1, label, where("attendance")));
        spans.addAll(names(Role.BODY, attendance.names(), Labels.ATTENDANCE_BETWEEN, "", where("attendance")));
        float labelWidth = width(label, style.role(Role.HEADING1));
        return new TextParagraph(Role.BODY, spans, Align.LEFT,
                Indent.hanging(body.indent() * body.characterWidth() + labelWidth, labelWidth), false);
    }

    /** Organs' names, each kept whole on a line, {@code between} them and {@code after} the last. */
    List<Span> names(Role role, List<String> names, String between, String after, String where) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            spans.addAll(whole(role, names.get(i), where));
            spans.addAll(text(role, i < names.size() - 1 ? between : after, where));
        }
        return spans;
    }

    /** A name as one span kept whole: if it is wider than a line, it breaks between its words. */
    List<Span> whole(Role role, String name, String where) {
        return text(role, name, where).stream().map(span -> (Span) ((TextSpan) span).kept(Keep.WHOLE)).toList();
    }

    /** The role's face and the space a writer sets an empty line with are in the plan, once per role. */
    private void usesRole(Role role) {
        if (!plannedRoles.add(role)) {
            return;
        }
        String font = style.role(role).font();
        plan.face(fonts.face(font));
        runs(" ", font, "an empty " + role.key() + " line");
    }

    private List<FontRun> runs(String text, String fontRole, String where) {
        return plan.add(fonts.runs(text, fontRole, where));
    }

    float width(String text, TextStyle textStyle) {
        return Widths.of(fonts, text, textStyle);
    }

    StyleSheet style() {
        return style;
    }

    String where(String kind) {
        return section + ", " + kind + " (block " + blockNumber + ")";
    }
}
