package press.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import press.model.Appendix;
import press.model.AttachmentNote;
import press.model.Block;
import press.model.Cell;
import press.model.Closing;
import press.model.ColumnKind;
import press.model.DistributionLine;
import press.model.Document;
import press.model.Heading;
import press.model.Masthead;
import press.model.Metadata;
import press.model.Orientation;
import press.model.Paragraph;
import press.model.Row;
import press.model.Signature;
import press.model.Table;
import press.model.TableText;
import press.model.Text;
import press.model.Title;

/**
 * Documents made up from a seed, of every length and shape a month's bulletin takes: long and
 * short paragraphs with compressed punctuation, headings of every rank, tables narrow and wide
 * (some turned landscape, some kept portrait by the office), merged cells, appendices anywhere,
 * long titles, and closing blocks from none to a dozen distribution lines.
 */
final class GeneratedDocuments {

    private static final String CHARACTERS = "全州政务服务中心受理办结事项各县市行政审批窗口工作人员群众企业评价满意部门"
            + "热线平台线上线下深化改革推进一网通办优化营商环境便民利民落实责任加强监督检查开展专题学习";
    private static final String[] PUNCTUATED = {"，", "。", "、", "；", "：", "《通知》，", "（含“跨省通办”）",
        "“好差评”", "（《办法》）", "，“一件事”", "12345", "99.58%", "APP"};

    private final Random random;

    GeneratedDocuments(long seed) {
        this.random = new Random(seed);
    }

    Document next() {
        List<Block> blocks = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            blocks.add(new Masthead("政务服务工作简报", "第" + (1 + random.nextInt(30)) + "期", "某某州政务服务中心编",
                    "2020年6月10日"));
        }
        blocks.add(new Title(List.of(new Text(text(8 + random.nextInt(random.nextBoolean() ? 10 : 50)))), List.of()));
        int sections = 1 + random.nextInt(6);
        for (int s = 0; s < sections; s++) {
            blocks.add(new Heading(1, List.of(new Text(text(6 + random.nextInt(20))))));
            int parts = 1 + random.nextInt(5);
            for (int p = 0; p < parts; p++) {
                switch (random.nextInt(8)) {
                    case 0 -> blocks.add(new Heading(2 + random.nextInt(2), List.of(new Text(text(5 + random.nextInt(15))))));
                    case 1, 2 -> blocks.add(table(false));
                    default -> { }
                }
                blocks.add(new Paragraph(List.of(new Text(text(10 + random.nextInt(random.nextInt(4) == 0 ? 900 : 200))))));
            }
        }
        int appendices = random.nextInt(4);
        if (appendices > 0) {
            List<String> names = new ArrayList<>();
            for (int a = 0; a < appendices; a++) {
                names.add(text(6 + random.nextInt(20)));
            }
            blocks.add(new AttachmentNote(names));
        }
        if (random.nextInt(3) == 0) {
            blocks.add(new Signature("某某州政务服务中心办公室", "2020年6月10日", Optional.empty()));
        }
        for (int a = 0; a < appendices; a++) {
            blocks.add(new Appendix(a + 1, text(8 + random.nextInt(24)) + "（6月）", List.of(table(true))));
        }
        if (random.nextInt(5) > 0) {
            blocks.add(closing());
        }
        return new Document(new Metadata("生成的文档", "某某州", "2020-06", "某某州政务服务中心", "2020-06-10"), blocks);
    }

    private Closing closing() {
        List<DistributionLine> lines = new ArrayList<>();
        String[] labels = {"报", "送", "发", "抄送"};
        int count = random.nextInt(random.nextInt(4) == 0 ? 13 : 4);
        for (int l = 0; l < count; l++) {
            List<String> recipients = new ArrayList<>();
            int many = 1 + random.nextInt(random.nextInt(3) == 0 ? 14 : 4);
            for (int r = 0; r < many; r++) {
                recipients.add(text(3 + random.nextInt(10)));
            }
            lines.add(new DistributionLine(labels[l % labels.length], recipients));
        }
        return new Closing(random.nextBoolean() ? "主动公开" : "", lines, "某某州政务服务中心办公室", "2020年6月10日印");
    }

    /** A table of 2 to 16 columns and 1 to 80 rows; an appendix's may be long, a few are merged down the first column. */
    private Table table(boolean appendix) {
        int columns = 2 + random.nextInt(random.nextInt(3) == 0 ? 15 : 6);
        int rows = 1 + random.nextInt(appendix && random.nextBoolean() ? 80 : 12);
        List<ColumnKind> kinds = new ArrayList<>();
        kinds.add(ColumnKind.TEXT);
        for (int c = 1; c < columns; c++) {
            kinds.add(random.nextInt(3) == 0 ? ColumnKind.TEXT : ColumnKind.NUMBER);
        }
        List<Cell> head = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            head.add(Cell.of(text(2 + random.nextInt(6))));
        }
        List<Row> body = new ArrayList<>();
        boolean merged = random.nextInt(3) == 0;
        for (int r = 0; r < rows; r++) {
            List<Cell> cells = new ArrayList<>();
            int span = merged && r % 3 == 0 ? Math.min(3, rows - r) : 1;
            if (!merged || r % 3 == 0) {
                cells.add(new Cell(List.of(new Text(text(2 + random.nextInt(8)))), span, 1));
            }
            for (int c = 1; c < columns; c++) {
                cells.add(Cell.of(kinds.get(c) == ColumnKind.NUMBER ? Integer.toString(random.nextInt(100000))
                        : text(1 + random.nextInt(random.nextInt(5) == 0 ? 30 : 8))));
            }
            body.add(new Row(cells));
        }
        Orientation orientation = switch (random.nextInt(6)) {
            case 0 -> Orientation.PORTRAIT;
            case 1 -> Orientation.LANDSCAPE;
            default -> Orientation.AUTO;
        };
        TableText captions = appendix || random.nextBoolean() ? TableText.NONE
                : new TableText(text(6 + random.nextInt(12)), random.nextBoolean() ? "单位：件" : "", List.of());
        return new Table(kinds, List.of(new Row(head)), body, List.of(), orientation, captions);
    }

    private String text(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            if (text.length() > 2 && random.nextInt(7) == 0) {
                text.append(PUNCTUATED[random.nextInt(PUNCTUATED.length)]);
            } else {
                text.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
            }
        }
        return text.toString();
    }
}
