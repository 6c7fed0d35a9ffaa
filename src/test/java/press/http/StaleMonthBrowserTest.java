package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import press.archive.ArchiveStore;
import press.testing.Fixtures;
import tools.jackson.databind.JsonNode;

/**
 * June started from May's issue in a real browser: the page flags what May left behind (its
 * news dates, "（5月）" in appendix titles, the print date) and marks every text still as May
 * had it; the clerk fixes and confirms them, reloads the page and finds the month among the
 * drafts, imports a sheet into the table chosen and undoes it, and publishes after saying yes.
 * Every message the page showed on the way is collected and must be Chinese.
 */
@Tag("slow")
class StaleMonthBrowserTest {

    /** What May's data carry into June that June cannot print as it is, and what the clerk types instead. */
    private static final Map<String, String> FIXES = Map.ofEntries(
            Map.entry("$.news.own[0].date", "2020-06-12"), Map.entry("$.news.own[1].date", "2020-06-19"),
            Map.entry("$.news.leaderVisits[0].date", "2020-06-03"), Map.entry("$.news.leaderVisits[1].date", "2020-06-16"),
            Map.entry("$.news.leaderVisits[2].date", "2020-06-16"), Map.entry("$.news.lower[0].date", "2020-06-11"),
            Map.entry("$.news.lower[1].date", "2020-06-09"), Map.entry("$.news.lower[1].until", "2020-06-10"),
            Map.entry("$.news.lower[2].date", "2020-06-22"), Map.entry("$.closing.printDate", "2020-07-06"),
            Map.entry("$.signature.date", "2020-07-06"));
    private static final List<String> TITLES = List.of("$.appendices.platform.title", "$.appendices.evaluation.title",
            "$.appendices.evaluation.listedAs", "$.appendices.attendance.title", "$.appendices.attendance.listedAs");

    @TempDir
    Path data;

    @TempDir
    Path profile;

    @TempDir
    Path sheets;

    @Test
    void juneStartedFromMayIsFlaggedFixedConfirmedAndPublishedAfterAYes() {
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            TestService.serve(Fixtures.press(), archive, TestService.settings(data, ServiceSettings.DEFAULT_MAX_BODY, 2, 8,
                    Duration.ofSeconds(60)), true, (app, client) -> {
                HttpResponse<byte[]> may = client.postJson("/render?template=gov-service-monthly&format=pdf&archive=true",
                        Fixtures.data(Fixtures.REFERENCE).toString());
                assertEquals(201, may.statusCode(), new String(may.body(), StandardCharsets.UTF_8));
                WebDriver browser = HeadlessChromium.open(profile, 1366, 900);
                try {
                    walk(browser, client.origin());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } finally {
                    browser.quit();
                }
            });
        }
    }

    private void walk(WebDriver browser, String origin) throws java.io.IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        List<String> seen = new ArrayList<>();
        browser.get(origin + "/");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        new Select(browser.findElement(By.id("kind"))).selectByValue("gov-service-monthly");
        browser.findElement(By.id("from-last-month")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("compose-status"), "2020-05"));

        // what May left behind, each flagged at its field by the server's proofreading
        wait.until(driver -> "warning".equals(field(driver, "$.closing.printDate").getDomAttribute("data-severity")));
        for (String path : concat(FIXES.keySet(), TITLES)) {
            assertEquals("true", field(browser, path).getDomAttribute("aria-invalid"), path + " is flagged");
        }
        String findings = browser.findElement(By.id("findings")).getText();
        assertTrue(findings.contains("可能是沿用上期的内容") && findings.contains("可能是沿用上期的标题")
                && findings.contains("可能是沿用上期的日期"), findings);
        // and every text still as May had it is marked until edited or confirmed
        assertTrue(field(browser, "$.news.own[0].text").getDomAttribute("class").contains("carried"));
        String carried = browser.findElement(By.id("carried-status")).getText();
        assertTrue(carried.startsWith("沿用上月的文字还有 "), carried);
        seen.addAll(messages(browser));

        FIXES.forEach((path, value) -> type(field(browser, path), value));
        for (String path : TITLES) {
            type(field(browser, path), field(browser, path).getDomProperty("value").replace("5月", "6月"));
        }
        type(field(browser, "$.news.own[0].text"), "州政务服务中心开展“6·9”国际档案日宣传");
        wait.withMessage(() -> browser.findElement(By.id("findings")).getText())
                .until(driver -> !driver.findElement(By.id("findings")).getText().contains("沿用上期"));
        assertFalse(field(browser, "$.news.own[0].text").getDomAttribute("class").contains("carried"), "edited: no longer May's");
        assertFalse(field(browser, "$.closing.printDate").getDomAttribute("class").contains("carried"));
        browser.findElement(By.cssSelector("#carried-status button")).click();
        assertTrue(browser.findElements(By.cssSelector("#form .carried")).isEmpty(), "the rest confirmed as still true");
        assertTrue(browser.findElement(By.id("carried-status")).getDomAttribute("hidden") != null);
        seen.addAll(messages(browser));

        // the month is kept on the server as it is typed: a reload finds it among the drafts
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "已保存"));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        WebElement draft = browser.findElement(By.cssSelector("#draft-list li"));
        assertTrue(draft.getText().contains("2020-06"), draft.getText());
        draft.findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("compose-status"), "已打开草稿"));
        assertEquals("2020-07-06", field(browser, "$.closing.printDate").getDomProperty("value"), "the fixes were kept");

        // the month's sheet imported into the table the clerk chooses, then undone
        JsonNode regions = Fixtures.data(Fixtures.REFERENCE).path("appendices").path("platform").path("rows");
        String before = browser.findElement(By.id("data")).getDomProperty("value");
        Path sheet = Files.write(sheets.resolve("一体化平台6月.xlsx"), press.testing.Workbooks.platform(regions));
        browser.findElement(By.id("import-file")).sendKeys(sheet.toAbsolutePath().toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import-preview .mapping")));
        new Select(browser.findElement(By.cssSelector("#import-preview select")))
                .selectByVisibleText("附件 · 一体化平台办件统计 · 各地办件");
        browser.findElement(By.cssSelector("#import-preview button.apply")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ask")));
        String replacing = browser.findElement(By.id("ask-text")).getText();
        assertTrue(replacing.contains("替换现有 " + regions.size() + " 行"), replacing);
        seen.add(replacing);
        browser.findElement(By.id("ask-yes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("compose-status"), regions.size() + " 行"));
        browser.findElement(By.id("undo")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("compose-status"), "已撤销"));
        assertEquals(before, browser.findElement(By.id("data")).getDomProperty("value"), "undone to the data before");
        seen.addAll(messages(browser));

        browser.findElement(By.id("publish")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ask")));
        String asked = browser.findElement(By.id("ask-text")).getText();
        assertTrue(asked.contains("期次：2020-06") || asked.contains("2020-06"), asked);
        seen.add(asked);
        browser.findElement(By.id("ask-yes")).click();
        if (asked.matches("(?s).*校对提示：[1-9]\\d* 处.*")) {
            wait.until(driver -> driver.findElement(By.id("ask-text")).getText().contains("仍要发布"));
            seen.add(browser.findElement(By.id("ask-text")).getText());
            browser.findElement(By.id("ask-yes")).click();
        }
        wait.until(driver -> driver.findElement(By.id("publish-status")).getDomAttribute("data-id") != null);
        seen.addAll(messages(browser));
        for (String message : seen) {
            assertFalse(message.matches("(?s).*[A-Za-z]{4,}.*") && !message.matches("(?s).*(DOCX|OFD|PDF|JSON|Excel|CSV).*"),
                    "a message in English: " + message);
        }
    }

    /** Every status line, finding and note the page shows now. */
    @SuppressWarnings("unchecked")
    private static List<String> messages(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('.status, #findings li, .finding, .carried-note, [title]')]"
                + ".map((e) => (e.textContent || '') + ' ' + (e.getAttribute('title') || '')).filter((t) => t.trim());");
    }

    private static List<String> concat(java.util.Collection<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static WebElement field(WebDriver browser, String path) {
        return browser.findElement(By.cssSelector("#form [data-path='" + path + "']:not(fieldset):not(th)"));
    }

    private static void type(WebElement field, String text) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }
}
