package press.render.page;

import java.util.ArrayList;
import java.util.List;
import press.fonts.FontLibrary;
import press.fonts.FontRun;
import press.fonts.Shaping;
import press.render.compose.FontMeasure;
import press.render.compose.LineComposer;
import press.render.layout.ClosingBlock;
import press.render.layout.EmBox;
import press.render.layout.LaidOutDocument;
import press.render.layout.LaidOutTable;
import press.render.layout.Part;
import press.render.layout.Section;
import press.render.layout.TextParagraph;
import press.render.style.Align;
import press.render.style.PageNumberStyle;
import press.render.style.PageStyle;
import press.render.style.Role;
import press.render.style.StyleSheet;
import press.render.style.TextStyle;

/** Cuts one document into pages; made for one call, so its state is never shared. */
final class PaginationPass implements PageBuilder.Pages {

    private final StyleSheet style;
    private final FontLibrary fonts;
    private final LaidOutDocument document;
    private final Lines lines;
    private final Structure structure = new Structure();
    private final Outlines outlines = new Outlines();
    private final FixedParts fixed;
    private final TableFlow tables;
    private final ClosingFlow closing;
    private final List<PageCanvas> canvases = new ArrayList<>();
    private final boolean tight;

    /** @param tight set the closing block with less room around its lines, to keep to a page budget */
    PaginationPass(StyleSheet style, FontLibrary fonts, LineComposer composer, LaidOutDocument document, boolean tight) {
        this.tight = tight;
        this.style = style;
        this.fonts = fonts;
        this.document = document;
        this.lines = new Lines(style, composer, new FontMeasure(fonts, new Shaping(fonts)));
        this.fixed = new FixedParts(this);
        this.tables = new TableFlow(this);
        this.closing = new ClosingFlow(this);
    }

    PagedDocument paginate() {
        PageBuilder builder = new PageBuilder(this, style.closing().evenPage());
        List<Section> sections = Keeps.arranged(document.sections(), style.page());
        lines.composeAhead(compositions(sections), new FontMeasure(fonts, new Shaping(fonts)));
        try {
            for (Section section : sections) {
                Frame frame = frame(section.page());
                List<Flow> flow = new SectionFlow(this, section.page().textWidth(), frame).build(section.parts());
                builder.lay(section.page(), frame, flow);
            }
        } finally {
            lines.stopAhead();
        }
        if (canvases.isEmpty()) {
            open(style.page());
        }
        List<Page> pages = new ArrayList<>(canvases.size());
        for (PageCanvas canvas : canvases) {
            pages.add(finish(canvas));
        }
        return new PagedDocument(document.metadata(), pages, structure.elements(), outlines.entries(),
                document.fontPlan());
    }

    /** The body's paragraphs at their sections' measure and the tables' cells at theirs, in the order they flow. */
    private static List<ComposeAhead.Job> compositions(List<Section> sections) {
        List<ComposeAhead.Job> jobs = new ArrayList<>();
        for (Section section : sections) {
            for (Part part : section.parts()) {
                switch (part) {
                    case TextParagraph paragraph -> jobs.add(new ComposeAhead.Job(paragraph, section.page().textWidth()));
                    case LaidOutTable table -> jobs.addAll(TableFlow.compositions(table));
                    default -> {
                    }
                }
            }
        }
        return jobs;
    }

    /**
     * Where the flow runs on a sheet: the text block, and the body's line grid. A line's em box
     * sits centred in its box a leading high, so a body line that starts a band of the grid is
     * centred in it, as GB/T 9704's 22 lines are.
     */
    private Frame frame(PageStyle sheet) {
        TextStyle body = style.role(Role.BODY);
        float pitch = body.leading();
        return new Frame(sheet.top(), sheet.height() - sheet.bottom(), pitch, (pitch - body.size()) / 2);
    }

    @Override
    public PageCanvas open(PageStyle sheet) {
        PageCanvas canvas = new PageCanvas(canvases.size(), sheet);
        canvases.add(canvas);
        return canvas;
    }

    @Override
    public int count() {
        return canvases.size();
    }

    /** The page with its number, where it prints one: not on a page marked unnumbered, nor on the first where the sheet says so. */
    private Page finish(PageCanvas canvas) {
        int number = canvas.index() + 1;
        PageNumberStyle numbers = style.pageNumber();
        boolean printed = canvas.numbered() && (number > 1 || numbers.firstPage());
        List<PageItem> items = new ArrayList<>(canvas.items());
        if (printed) {
            items.add(pageNumber(number, canvas.sheet()));
        }
        PageStyle sheet = canvas.sheet();
        return new Page(sheet.width(), sheet.height(), printed ? Integer.toString(number) : "", items);
    }

    /**
     * "— N —" under the text block: odd pages at the right, even pages at the left, inset from
     * the text block's edge, the dashes' middle the style's distance below it. On a landscape
     * sheet the number keeps its place on the paper: drawn where the portrait page has it, turned
     * with the sheet.
     */
    private TextLine pageNumber(int number, PageStyle sheet) {
        PageNumberStyle numbers = style.pageNumber();
        TextStyle textStyle = new TextStyle(numbers.font(), numbers.size(), 0, Align.LEFT, 0, numbers.size(), 0, 0, 0, "");
        List<GlyphRun> runs = lines.runs(document.pageNumbers().runs(number), textStyle, 0, 1, false);
        PageStyle portrait = style.page();
        float baseline = portrait.height() - portrait.bottom() + numbers.below() + dashMiddle(numbers);
        float inset = numbers.inset() * numbers.size();
        float x = number % 2 == 1 ? portrait.width() - portrait.right() - inset - Lines.width(runs) : portrait.left() + inset;
        if (sheet.width() > sheet.height()) {
            // the portrait sheet turned clockwise: its (x, y) lands at (its height − y, x)
            return new TextLine(portrait.height() - baseline, x, -90, runs, Tag.PAGINATION);
        }
        return new TextLine(x, baseline, 0, runs, Tag.PAGINATION);
    }

    /**
     * How far above the baseline the middle of the format's first character (the dash of
     * "— 1 —") is inked, from the glyph's box in the font; 0.3 em where the face has no boxes.
     */
    private float dashMiddle(PageNumberStyle numbers) {
        List<FontRun> prefix = document.pageNumbers().prefix();
        if (!prefix.isEmpty()) {
            FontRun run = prefix.get(0);
            int[] box = fonts.inkBox(run.face(), run.text().codePointAt(0));
            if (box != null && box[3] > box[1]) {
                return (box[1] + box[3]) / 2f / 1000f * numbers.size();
            }
        }
        return numbers.size() * 0.3f;
    }

    StyleSheet style() {
        return style;
    }

    Lines lines() {
        return lines;
    }

    Structure structure() {
        return structure;
    }

    Outlines outlines() {
        return outlines;
    }

    FixedParts fixed() {
        return fixed;
    }

    TableFlow tables() {
        return tables;
    }

    /** The closing block as the sheet sets it. */
    Flow.Block closing(ClosingBlock block) {
        return closing.block(block, tight ? ClosingFlow.TIGHT_PADDING : ClosingFlow.PADDING);
    }

    /** Whether the closing block may stand alone on a page: where the sheet wants it on an even page, it often must. */
    boolean closingMayStandAlone() {
        return style.closing().evenPage();
    }
}
