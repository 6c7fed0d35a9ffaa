package press.render.docx;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.EmbeddedPackagePart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.P;
import press.render.layout.ChartData;
import press.render.layout.LaidOutChart;
import press.render.style.Role;
import press.render.style.ChartStyle;
import press.render.style.StyleSheet;

/**
 * A chart as Word keeps one: a DrawingML chart part ({@code word/charts/chartN.xml}) with the
 * figures cached in it and the workbook they come from embedded beside it, so the office can
 * restyle the chart or correct a figure in Word or WPS, and LibreOffice draws it from the cache.
 * Fills are the style sheet's palette, as the PDF draws them, in DrawingML colours and patterns;
 * text is in the roles' fonts.
 */
final class DocxCharts {

    private static final long EMU_PER_POINT = 12700;
    private static final String[] DASHES = {"solid", "dash", "sysDot", "dashDot", "sysDash", "lgDash"};
    private static final String[] MARKERS = {"circle", "square", "triangle", "diamond", "x", "star"};

    private final DocxFonts fonts;
    private final StyleSheet style;
    private final LaidOutChart laidOut;
    private final float titleSize;
    private final float labelSize;

    /** Writes {@code laidOut}, its text at the sizes of the sheet's roles. */
    DocxCharts(DocxFonts fonts, StyleSheet style, LaidOutChart laidOut) {
        this.fonts = fonts;
        this.style = style;
        this.laidOut = laidOut;
        this.titleSize = style.role(laidOut.titleRole()).size();
        this.labelSize = wordLabelSize(laidOut, style.role(laidOut.labelRole()).size() * laidOut.labelScale());
    }

    /** A centred paragraph holding the chart, its parts added to {@code word} from {@code source}. */
    P paragraph(WordprocessingMLPackage word, Part source, int number, int id, long time) {
        try {
            ChartData chart = laidOut.chart();
            org.docx4j.openpackaging.parts.DrawingML.Chart part = new org.docx4j.openpackaging.parts.DrawingML.Chart(
                    new PartName("/word/charts/chart" + number + ".xml"));
            EmbeddedPackagePart workbook = new EmbeddedPackagePart(
                    new PartName("/word/embeddings/Microsoft_Excel_Sheet" + number + ".xlsx"));
            workbook.setBinaryData(ChartWorkbook.of(chart, time));
            workbook.setContentType(new org.docx4j.openpackaging.contenttype.ContentType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
            Relationship link = source.addTargetPart(part);
            Relationship data = part.addTargetPart(workbook);
            part.unmarshal(new ByteArrayInputStream(chartSpace(laidOut, data.getId()).getBytes(StandardCharsets.UTF_8)));
            return DocxPictures.holding((Drawing) XmlUtils.unmarshalString(drawing(laidOut, link.getId(), id)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot place a chart in the DOCX: " + e.getMessage(), e);
        }
    }

    private static String drawing(LaidOutChart chart, String relationship, int id) {
        return "<w:drawing xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                + " xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\""
                + Math.round(chart.width() * EMU_PER_POINT) + "\" cy=\"" + Math.round(chart.height() * EMU_PER_POINT)
                + "\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:docPr id=\"" + id + "\" name=\"Chart " + id
                + "\" descr=\"" + escape(chart.alternative()) + "\"/><wp:cNvGraphicFramePr/><a:graphic>"
                + "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart r:id=\""
                + relationship + "\"/></a:graphicData></a:graphic></wp:inline></w:drawing>";
    }

    private String chartSpace(LaidOutChart laidOut, String data) {
        ChartData chart = laidOut.chart();
        StringBuilder xml = new StringBuilder("<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<c:lang val=\"zh-CN\"/><c:roundedCorners val=\"0\"/><c:chart>");
        if (!chart.title().isEmpty()) {
            xml.append("<c:title>").append(rich(chart.title() + unitSuffix(chart), titleSize, Role.TABLE_CAPTION)).append(
                    "<c:overlay val=\"0\"/></c:title><c:autoTitleDeleted val=\"0\"/>");
        } else {
            xml.append("<c:autoTitleDeleted val=\"1\"/>");
        }
        xml.append("<c:plotArea>").append(layout(laidOut)).append(plot(chart)).append("</c:plotArea>");
        if (chart.hasLegend()) {
            xml.append("<c:legend><c:legendPos val=\"").append(chart.kind() == ChartData.Kind.PIE ? "r" : "t")
                    .append("\"/><c:overlay val=\"0\"/></c:legend>");
        }
        xml.append("<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>");
        xml.append("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>").append(defaults(labelSize, Role.TABLE_BODY))
                .append("</a:pPr><a:endParaRPr lang=\"zh-CN\"/></a:p></c:txPr>");
        xml.append("<c:externalData r:id=\"").append(data).append("\"><c:autoUpdate val=\"0\"/></c:externalData>");
        return xml.append("</c:chartSpace>").toString();
    }

    /**
     * The plot where the PDF draws it, as fractions of the chart's frame: Word's and
     * LibreOffice's own layout leave it so little room that category names are skipped.
     */
    private String layout(LaidOutChart chart) {
        LaidOutChart.Bands bands = chart.bands();
        float height = chart.height();
        float width = chart.width();
        float widest = switch (chart.chart().kind()) {
            case BAR -> chart.categories().stream().map(text -> text.width()).max(Float::compare).orElse(0f);
            case COLUMN, LINE -> chart.ticks().stream().map(text -> text.width()).max(Float::compare).orElse(0f);
            case PIE -> width * 0.05f;
        };
        float right = chart.chart().kind() == ChartData.Kind.BAR && chart.chart().labels()
                ? chart.values().stream().flatMap(List::stream).map(text -> text.width()).max(Float::compare).orElse(0f)
                : labelSize;
        float x = (widest + labelSize * 0.6f) / width;
        float w = chart.chart().kind() == ChartData.Kind.PIE ? 0.5f : 1 - x - (right + labelSize * 0.5f) / width;
        float top = titleRoom(chart) + bands.legend() + (chart.chart().title().isEmpty() ? bands.valueAxis() : 0);
        float y = top / height;
        float h = (height - top - bands.underPlot() - bands.categoryAxis() - labelSize * 0.3f) / height;
        return "<c:layout><c:manualLayout><c:layoutTarget val=\"inner\"/><c:xMode val=\"edge\"/>"
                + "<c:yMode val=\"edge\"/><c:x val=\"" + fraction(x) + "\"/><c:y val=\"" + fraction(y)
                + "\"/><c:w val=\"" + fraction(w) + "\"/><c:h val=\"" + fraction(h)
                + "\"/></c:manualLayout></c:layout>";
    }

    /** Room for the title as Word and LibreOffice set it, with their padding. */
    private float titleRoom(LaidOutChart chart) {
        return chart.chart().title().isEmpty() ? 0 : titleSize * 2f;
    }

    /**
     * The label size in Word: the PDF's {@code pdfSize}, or smaller where bars across leave a
     * category less height than its name needs, since Word and LibreOffice skip names that would
     * touch. Reads the title's size, set before it.
     */
    private float wordLabelSize(LaidOutChart chart, float pdfSize) {
        if (chart.chart().kind() != ChartData.Kind.BAR) {
            return pdfSize;
        }
        LaidOutChart.Bands bands = chart.bands();
        float plot = chart.height() - titleRoom(chart) - bands.legend() - bands.underPlot() - bands.categoryAxis();
        return Math.max(5f, Math.min(pdfSize, plot / chart.chart().categories().size() / 1.3f));
    }

    private static String fraction(float value) {
        return String.format(java.util.Locale.ROOT, "%.4f", Math.max(0, Math.min(1, value)));
    }

    private String plot(ChartData chart) {
        StringBuilder xml = new StringBuilder();
        String grouping = chart.stacked() ? "stacked" : "clustered";
        switch (chart.kind()) {
            case COLUMN, BAR -> xml.append("<c:barChart><c:barDir val=\"").append(chart.kind() == ChartData.Kind.BAR ? "bar" : "col")
                    .append("\"/><c:grouping val=\"").append(grouping).append("\"/><c:varyColors val=\"0\"/>");
            case LINE -> xml.append("<c:lineChart><c:grouping val=\"").append(chart.stacked() ? "stacked" : "standard")
                    .append("\"/><c:varyColors val=\"0\"/>");
            case PIE -> xml.append("<c:pieChart><c:varyColors val=\"1\"/>");
        }
        for (int s = 0; s < chart.series().size(); s++) {
            xml.append(series(chart, s));
        }
        switch (chart.kind()) {
            case COLUMN, BAR -> xml.append("<c:gapWidth val=\"60\"/>").append(chart.stacked() ? "<c:overlap val=\"100\"/>" : "")
                    .append("<c:axId val=\"1001\"/><c:axId val=\"1002\"/></c:barChart>").append(axes(chart));
            case LINE -> xml.append("<c:marker val=\"1\"/><c:axId val=\"1001\"/><c:axId val=\"1002\"/></c:lineChart>")
                    .append(axes(chart));
            case PIE -> xml.append("<c:firstSliceAng val=\"0\"/></c:pieChart>");
        }
        return xml.toString();
    }

    private String series(ChartData chart, int s) {
        StringBuilder xml = new StringBuilder("<c:ser><c:idx val=\"" + s + "\"/><c:order val=\"" + s + "\"/>");
        String column = ChartWorkbook.column(s);
        xml.append("<c:tx><c:strRef><c:f>").append(ChartWorkbook.SHEET).append("!$").append(column).append("$1</c:f>")
                .append("<c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>").append(escape(chart.series().get(s).name()))
                .append("</c:v></c:pt></c:strCache></c:strRef></c:tx>");
        switch (chart.kind()) {
            case COLUMN, BAR -> xml.append("<c:spPr>").append(fill(s)).append(outline()).append("</c:spPr>")
                    .append("<c:invertIfNegative val=\"0\"/>");
            case LINE -> xml.append("<c:spPr><a:ln w=\"15240\"><a:solidFill><a:srgbClr val=\"")
                    .append(s % 2 == 0 ? "000000" : "595959").append("\"/></a:solidFill><a:prstDash val=\"")
                    .append(DASHES[s % DASHES.length]).append("\"/></a:ln></c:spPr><c:marker><c:symbol val=\"")
                    .append(MARKERS[s % MARKERS.length]).append("\"/><c:size val=\"6\"/><c:spPr><a:solidFill>")
                    .append("<a:srgbClr val=\"FFFFFF\"/></a:solidFill>").append(outline()).append("</c:spPr></c:marker>");
            case PIE -> {
                for (int c = 0; c < chart.categories().size(); c++) {
                    xml.append("<c:dPt><c:idx val=\"").append(c).append("\"/><c:bubble3D val=\"0\"/><c:spPr>")
                            .append(fill(c)).append(outline()).append("</c:spPr></c:dPt>");
                }
            }
        }
        if (chart.labels()) {
            xml.append("<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val=\"0\"/>"
                    + "<c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/>"
                    + "<c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>");
        }
        int last = chart.categories().size() + 1;
        xml.append("<c:cat><c:strRef><c:f>").append(ChartWorkbook.SHEET).append("!$A$2:$A$").append(last)
                .append("</c:f><c:strCache><c:ptCount val=\"").append(chart.categories().size()).append("\"/>");
        for (int c = 0; c < chart.categories().size(); c++) {
            xml.append("<c:pt idx=\"").append(c).append("\"><c:v>").append(escape(chart.categories().get(c)))
                    .append("</c:v></c:pt>");
        }
        xml.append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>").append(ChartWorkbook.SHEET).append("!$")
                .append(column).append("$2:$").append(column).append("$").append(last)
                .append("</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"")
                .append(chart.categories().size()).append("\"/>");
        List<BigDecimal> values = chart.series().get(s).values();
        for (int c = 0; c < values.size(); c++) {
            xml.append("<c:pt idx=\"").append(c).append("\"><c:v>").append(values.get(c).toPlainString())
                    .append("</c:v></c:pt>");
        }
        xml.append("</c:numCache></c:numRef></c:val>");
        if (chart.kind() == ChartData.Kind.LINE) {
            xml.append("<c:smooth val=\"0\"/>");
        }
        return xml.append("</c:ser>").toString();
    }

    private String axes(ChartData chart) {
        boolean across = chart.kind() == ChartData.Kind.BAR;
        StringBuilder xml = new StringBuilder("<c:catAx><c:axId val=\"1001\"/><c:scaling><c:orientation val=\"")
                .append(across ? "maxMin" : "minMax").append("\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"")
                .append(across ? "l" : "b").append("\"/>");
        if (!chart.categoryAxis().isEmpty()) {
            xml.append("<c:title>").append(rich(chart.categoryAxis(), labelSize, Role.TABLE_BODY))
                    .append("<c:overlay val=\"0\"/></c:title>");
        }
        xml.append("<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/>"
                + "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"low\"/><c:crossAx val=\"1002\"/>"
                + "<c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/>"
                + "<c:noMultiLvlLbl val=\"0\"/></c:catAx>");
        xml.append("<c:valAx><c:axId val=\"1002\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>"
                + "<c:delete val=\"0\"/><c:axPos val=\"").append(across ? "b" : "l").append("\"/>")
                .append("<c:majorGridlines><c:spPr><a:ln w=\"3810\"><a:solidFill><a:srgbClr val=\"C8C8C8\"/>"
                        + "</a:solidFill></a:ln></c:spPr></c:majorGridlines>");
        String title = !chart.title().isEmpty() ? chart.valueAxis()
                : chart.valueAxis().isEmpty() ? chart.unit().isEmpty() ? "" : "单位：" + chart.unit()
                : chart.valueAxis() + (chart.unit().isEmpty() ? "" : "（" + chart.unit() + "）");
        if (!title.isEmpty()) {
            xml.append("<c:title>").append(rich(title, labelSize, Role.TABLE_BODY)).append("<c:overlay val=\"0\"/></c:title>");
        }
        return xml.append("<c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:majorTickMark val=\"out\"/>"
                + "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1001\"/>"
                + "<c:crosses val=\"" + (across ? "max" : "autoZero") + "\"/><c:crossBetween val=\"between\"/></c:valAx>")
                .toString();
    }

    /** Fill {@code index} of the style sheet's palette: its colour, hatched as DrawingML's nearest pattern. */
    private String fill(int index) {
        ChartStyle palette = style.chart();
        String colour = String.format("%06X", palette.fill(index));
        ChartStyle.Hatch hatch = palette.hatch(index);
        if (!hatch.drawn()) {
            return "<a:solidFill><a:srgbClr val=\"" + colour + "\"/></a:solidFill>";
        }
        return "<a:pattFill prst=\"" + pattern(hatch.degrees()) + "\"><a:fgClr><a:srgbClr val=\"000000\"/></a:fgClr>"
                + "<a:bgClr><a:srgbClr val=\"" + colour + "\"/></a:bgClr></a:pattFill>";
    }

    /** The preset pattern nearest lines at {@code degrees}: horizontal, rising, vertical or falling. */
    private static String pattern(float degrees) {
        int quarter = Math.floorMod(Math.round(degrees / 45f), 4);
        return switch (quarter) {
            case 0 -> "narHorz";
            case 1 -> "wdUpDiag";
            case 2 -> "narVert";
            default -> "wdDnDiag";
        };
    }

    private static String outline() {
        return "<a:ln w=\"5080\"><a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill></a:ln>";
    }

    /** The unit after the title, where Word has no room for it beside the title as the PDF sets it. */
    private static String unitSuffix(ChartData chart) {
        return chart.unit().isEmpty() ? "" : "（单位：" + chart.unit() + "）";
    }

    private String rich(String text, float size, Role role) {
        return "<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>" + defaults(size, role) + "</a:pPr><a:r><a:rPr lang=\"zh-CN\" sz=\""
                + Math.round(size * 100) + "\" b=\"0\">" + typefaces(role) + "</a:rPr><a:t>" + escape(text)
                + "</a:t></a:r></a:p></c:rich></c:tx>";
    }

    private String defaults(float size, Role role) {
        return "<a:defRPr sz=\"" + Math.round(size * 100) + "\" b=\"0\">" + typefaces(role) + "</a:defRPr>";
    }

    private String typefaces(Role role) {
        String name = escape(fonts.name(style.role(role).font()));
        return "<a:latin typeface=\"" + name + "\"/><a:ea typeface=\"" + name + "\"/>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
