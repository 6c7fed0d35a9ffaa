package press.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.failure.Reason;
import press.testing.Failures;
import press.testing.Fixtures;

class FontLibraryTest {

    private static final FontLibrary FONTS = FontLibrary.load(Fixtures.root().resolve("fonts"));

    private static List<String> faces(List<FontRun> runs) {
        return runs.stream().map(run -> run.face().role() + ":" + run.text()).toList();
    }

    @Test
    void fangSongFallsBackToAKaiFaceOfTheRarerIdeographsBeforeTheFullCoverageSongThenTibetan() {
        assertEquals(List.of("body", "kaiRare", "fallback", "tibetan"), FONTS.chain("body").stream().map(FontFace::role)
                .toList());
        assertEquals(List.of("title", "fallback", "tibetan"), FONTS.chain("title").stream().map(FontFace::role).toList());
        assertEquals("仿宋_GB2312", FONTS.face("body").officialName());
    }

    @Test
    void aCharacterTheRolesFontLacksIsDrawnByTheFallback() {
        assertEquals(List.of("body:绵", "kaiRare:虒", "body:镇"), faces(FONTS.runs("绵虒镇", "body", "test")));
        assertEquals(List.of("title:绵", "fallback:虒", "title:镇"), faces(FONTS.runs("绵虒镇", "title", "test")));
    }

    @Test
    void punctuationStaysWithTheRunItMayNotBeSeparatedFrom() {
        assertEquals(List.of("body:映秀、绵", "kaiRare:虒，", "body:镇"), faces(FONTS.runs("映秀、绵虒，镇", "body", "test")));
        assertEquals(List.of("body:镇", "kaiRare:“虒”"), faces(FONTS.runs("镇“虒”", "body", "test")));
    }

    @Test
    void aCharacterNoBundledFontHasIsAnErrorNamingItAndWhere() {
        var error = Failures.assertFails(Reason.UNCOVERED_CHARACTER, () -> FONTS.runs("好\uD83D\uDE00", "body", "附件1, table"));
        assertEquals("U+1F600", Failures.detail(error, "codePoint"));
        assertEquals("附件1, table", Failures.detail(error, "where"));
        assertTrue(error.getMessage().contains("U+1F600"), error.getMessage());
    }

    private static String codePoints(int[] codePoints) {
        StringBuilder text = new StringBuilder();
        Arrays.stream(codePoints).forEach(text::appendCodePoint);
        return text.toString();
    }
}
