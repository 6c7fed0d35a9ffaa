package press.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {

    private static final Metadata META = Metadata.titled("全州政务服务工作概况");
    private static final Paragraph TEXT = new Paragraph(List.of(new Text("正文。")));
    private static final Closing CLOSING = new Closing("主动公开",
            List.of(new DistributionLine("报", List.of("省中心"))), "办公室", "2020年6月10日印");

    private static Appendix appendix(int number) {
        return new Appendix(number, "统计表", List.of(TEXT));
    }

    @Test
    void aBulletinRunsBodyThenAppendicesThenTheClosingBlock() {
        assertDoesNotThrow(() -> new Document(META, List.of(TEXT, appendix(1), appendix(2), CLOSING)));
    }

    @Test
    void theClosingBlockMustComeLast() {
        var error = assertThrows(IllegalArgumentException.class, () -> new Document(META, List.of(CLOSING, TEXT)));
        assertEquals("the closing block must be the last block", error.getMessage());
    }

    @Test
    void appendicesAreNumberedOneTwoThreeInOrder() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> new Document(META, List.of(TEXT, appendix(1), appendix(3))));
        assertTrue(error.getMessage().contains("appendix 3 follows appendix 1"), error.getMessage());
    }

    @Test
    void bodyTextMayNotFollowTheAppendices() {
        assertThrows(IllegalArgumentException.class, () -> new Document(META, List.of(appendix(1), TEXT)));
    }

    @Test
    void anAppendixCannotHoldTheClosingBlock() {
        assertThrows(IllegalArgumentException.class, () -> new Appendix(1, "统计表", List.of(CLOSING)));
    }

    @Test
    void blankTextIsRefusedWhereTextIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> Metadata.titled(" "));
        assertThrows(IllegalArgumentException.class, () -> new Text(""));
        assertThrows(IllegalArgumentException.class, () -> new Heading(5, List.of(new Text("五级"))));
        assertThrows(IllegalArgumentException.class, () -> new DistributionLine("报", List.of()));
    }

    @Test
    void anIssueDateMustBeARealDate() {
        assertThrows(java.time.DateTimeException.class, () -> new Metadata("标题", "", "", "", "2020-02-30"));
    }

    @Test
    void plainTextJoinsInlinesAndMarksLineBreaks() {
        List<Inline> inlines = List.of(new Text("一"), new Strong(List.of(new Text("二"))), new LineBreak(), new Text("三"));
        assertEquals("一二\n三", Inline.plainText(inlines));
    }
}
