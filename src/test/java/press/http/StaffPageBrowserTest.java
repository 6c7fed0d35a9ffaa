package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import press.archive.ArchiveStore;
import press.testing.ExtractedPdf;
import press.testing.Fixtures;

/**
 * The staff page in a real browser (Debian's headless Chromium through its chromedriver): last
 * month's issue is in the archive; the clerk starts from it, makes a mistake the proofreading
 * shows at its field, fixes it, previews, publishes and finds the new issue; its PDF has the
 * month's text. Each step's screenshot is written under {@code target/ui}.
 */
@Tag("slow")
class StaffPageBrowserTest {

    @TempDir
    Path data;

    @TempDir
    Path profile;

    private interface Visit {
        void run(WebDriver browser, String origin, ServiceClient client) throws Exception;
    }

    /** The service on a free port, as the other HTTP tests run it, and a fresh browser for one visit. */
    private void withService(Visit visit) {
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            TestService.serve(Fixtures.press(), archive, TestService.settings(data, ServiceSettings.DEFAULT_MAX_BODY, 2, 8,
                    Duration.ofSeconds(60)), true, (app, client) -> {
                WebDriver browser = browser();
                try {
                    visit.run(browser, "http://localhost:" + app.port(), client);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    browser.quit();
                }
            });
        }
    }

    @Test
    void aClerkStartsFromLastMonthFixesALintErrorPreviewsPublishesAndFindsTheIssue() {
        withService((browser, origin, client) -> {
            publishLastMonth(client);
            walkThrough(browser, origin, client);
        });
    }

    @Test
    void aClerkImportsAnExcelSheetSeesItAsATableAndAddsItToAGenericBulletin() throws Exception {
        Path workbook = data.resolve("10月乡镇办件.xlsx");
        Files.write(workbook, press.testing.Workbooks.towns());
        withService((browser, origin, client) -> {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get(origin + "/");
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
            new Select(browser.findElement(By.id("kind"))).selectByValue("generic-bulletin");
            browser.findElement(By.id("load-example")).click();
            wait.until(StaffPageBrowserTest::noErrors);
            browser.findElement(By.id("import-file")).sendKeys(workbook.toAbsolutePath().toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import-preview table")));
            assertEquals("2", browser.findElement(By.cssSelector("#import-preview thead th")).getDomAttribute("rowspan"),
                    "乡镇 spans both head rows, as in the workbook");
            assertEquals("合计", browser.findElement(By.cssSelector("#import-preview tfoot td")).getText());
            shot(browser, "07-imported");
            browser.findElement(By.cssSelector("#import-preview button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("compose-status"), "已把工作表"));
            String composed = browser.findElement(By.id("data")).getDomProperty("value");
            assertTrue(composed.contains("\"城关镇\"") && composed.contains("1616.5"), "the sheet is in the data");
            wait.until(StaffPageBrowserTest::noErrors);
            wait.until(driver -> driver.findElement(By.id("preview-status")).getText().startsWith("预览已更新"));
            shot(browser, "08-imported-previewed");
        });
    }

    private void walkThrough(WebDriver browser, String origin, ServiceClient client) throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(origin + "/");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        new Select(browser.findElement(By.id("kind"))).selectByValue("gov-service-monthly");
        shot(browser, "01-opened");

        browser.findElement(By.id("from-last-month")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("compose-status"), "2020-05"));
        String composed = browser.findElement(By.id("data")).getDomProperty("value");
        assertTrue(composed.contains("\"period\" : \"2020-06\"") || composed.contains("\"period\": \"2020-06\""),
                "the period moves on a month");
        wait.until(StaffPageBrowserTest::noErrors);
        // 环比: this month's headline figures beside last month's; a changed figure shows its change
        assertEquals("1912", browser.findElement(By.cssSelector("#compare tr[data-path='hotline.calls'] td:nth-child(2)"))
                .getText());
        assertEquals("12345热线 · 接听总量", browser.findElement(By.cssSelector(
                "#compare tr[data-path='hotline.calls'] td:nth-child(1)")).getText(), "named by the schema's titles");
        ((JavascriptExecutor) browser).executeScript("const area = document.getElementById('data');"
                + "const data = JSON.parse(area.value); data.hotline.calls = 2103;"
                + "area.value = JSON.stringify(data, null, 2); area.dispatchEvent(new Event('input'));");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#compare tr[data-path='hotline.calls'] td:nth-child(5)"),
                "+10.0%"));
        shot(browser, "02-from-last-month");
        ((JavascriptExecutor) browser).executeScript("const area = document.getElementById('data');"
                + "const data = JSON.parse(area.value); data.hotline.calls = 1912;"
                + "area.value = JSON.stringify(data, null, 2); area.dispatchEvent(new Event('input'));");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#compare tr[data-path='hotline.calls'] td:nth-child(5)"),
                "0.0%"));

        // a department's 好评 no longer adds up to its 评价数: the proofreading names the field
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("const area = document.getElementById('data');"
                + "const data = JSON.parse(area.value); data.appendices.evaluation.rows[0].good += 1;"
                + "area.value = JSON.stringify(data, null, 2); area.dispatchEvent(new Event('input'));");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings li.error")));
        String finding = browser.findElement(By.cssSelector("#findings li.error")).getText();
        assertTrue(finding.contains("$.appendices.evaluation.rows[0]") && finding.contains("好差评统计 · 各部门评价 · 第1项"),
                finding);
        shot(browser, "03-lint-error");
        script.executeScript("const area = document.getElementById('data');"
                + "const data = JSON.parse(area.value); data.appendices.evaluation.rows[0].good -= 1;"
                + "area.value = JSON.stringify(data, null, 2); area.dispatchEvent(new Event('input'));");
        wait.until(StaffPageBrowserTest::noErrors);

        browser.findElement(By.id("preview")).click();
        wait.until(driver -> driver.findElement(By.id("pdf")).getDomAttribute("src") != null
                && driver.findElement(By.id("pdf")).getDomAttribute("src").startsWith("blob:")
                && Integer.parseInt(driver.findElement(By.id("pdf")).getDomAttribute("data-bytes")) > 100_000);
        shot(browser, "04-preview");

        browser.findElement(By.id("publish")).click();
        wait.until(driver -> !driver.findElement(By.id("publish-status")).getText().isBlank()
                && !driver.findElement(By.id("publish-status")).getText().startsWith("正在发布"));
        String id = browser.findElement(By.id("publish-status")).getDomAttribute("data-id");
        assertTrue(id != null, browser.findElement(By.id("publish-status")).getText());
        shot(browser, "05-published");

        browser.findElement(By.id("query")).sendKeys("好差评");
        browser.findElement(By.cssSelector("#search-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results li mark")));
        assertTrue(browser.findElements(By.cssSelector("#results li")).size() >= 2, "last month's issue and this one");
        shot(browser, "06-found");

        HttpResponse<byte[]> pdf = client.get("/archive/" + id + "/file");
        assertEquals(200, pdf.statusCode());
        assertEquals("2020-06", ServiceClient.json(client.get("/archive/" + id)).path("period").asString());
        assertTrue(new ExtractedPdf(pdf.body()).text().contains("全州政务服务工作概况"));
    }

    /** The proofreading has run and found no error (perhaps warnings). */
    private static boolean noErrors(WebDriver browser) {
        String status = browser.findElement(By.id("check-status")).getText();
        return status.equals("校对通过") || status.startsWith("错误 0 处");
    }

    /** The reference (May 2020) published as the office did last month. */
    private static void publishLastMonth(ServiceClient client) {
        HttpResponse<byte[]> published = client.postJson("/render?template=gov-service-monthly&format=pdf&archive=true",
                Fixtures.data(Fixtures.REFERENCE).toString());
        assertEquals(201, published.statusCode(), new String(published.body(), StandardCharsets.UTF_8));
    }

    private WebDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,800");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static void shot(WebDriver browser, String name) throws Exception {
        Path folder = Path.of("target", "ui");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
