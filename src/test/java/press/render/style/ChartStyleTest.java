package press.render.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.testing.Fixtures;

/** A style sheet's chart palette: its own fills and hatchings in turn, the default greys where it has none. */
class ChartStyleTest {

    @TempDir
    Path folder;

    private StyleSheet sheet(String chart) throws IOException {
        Path base = Fixtures.root().resolve("templates/gov-service-monthly/jianbao.style.json");
        Files.copy(base, folder.resolve("jianbao.style.json"));
        Path file = folder.resolve("charted.style.json");
        Files.writeString(file, "{ \"extends\": \"jianbao.style.json\"" + chart + " }");
        return new StyleSheetLoader().load(file);
    }

    @Test
    void aSheetWithoutAPaletteDrawsTheDefaultGreys() throws IOException {
        assertEquals(ChartStyle.DEFAULT, sheet("").chart());
        assertTrue(ChartStyle.DEFAULT.dark(0));
        assertFalse(ChartStyle.DEFAULT.dark(2));
    }

    @Test
    void aSheetsPaletteIsTakenInTurnWithItsHatchings() throws IOException {
        ChartStyle palette = sheet(", \"chart\": { \"fills\": [\"#C00000\", \"#FFFFFF\"], \"hatches\": [null, 30] }").chart();
        assertEquals(0xC00000, palette.fill(0));
        assertEquals(0xC00000, palette.fill(2));
        assertFalse(palette.hatch(0).drawn());
        assertEquals(30f, palette.hatch(1).degrees());
    }

    @Test
    void aFillThatIsNoColourIsRefusedWithItsPlace() {
        var refused = press.testing.Failures.assertFails(press.failure.Reason.TEMPLATE_ERROR,
                () -> sheet(", \"chart\": { \"fills\": [\"red\"], \"hatches\": [null] }"));
        assertTrue(refused.getMessage().contains("chart fill 0"), refused.getMessage());
    }
}
