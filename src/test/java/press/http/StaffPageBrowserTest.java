package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import press.archive.ArchiveStore;
import press.archive.Sha256;
import press.pipeline.ReloadingPress;
import press.testing.ExtractedPdf;
import press.testing.Fixtures;
import press.testing.TemplatesCopy;
import tools.jackson.databind.JsonNode;

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
        withService(TestService.settings(data, ServiceSettings.DEFAULT_MAX_BODY, 2, 8, Duration.ofSeconds(60)), visit);
    }

    private void withService(ServiceSettings settings, Visit visit) {
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            TestService.serve(Fixtures.press(), archive, settings, true, (app, client) -> {
                WebDriver browser = HeadlessChromium.open(profile, 1280, 800);
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
    void onAnArchiveWithATokenAClerkWhoGaveItOpensAnIssuesPdf() {
        String token = "s3cret-archive-token";
        ServiceSettings settings = new ServiceSettings(0, data, ServiceSettings.DEFAULT_MAX_BODY, 2, 8,
                Duration.ofSeconds(60), token);
        withService(settings, (browser, origin, client) -> {
            java.net.http.HttpRequest publish = java.net.http.HttpRequest.newBuilder(java.net.URI.create(origin
                    + "/render?template=gov-service-monthly&archive=true")).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token).POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            Fixtures.data(Fixtures.REFERENCE).toString())).build();
            assertEquals(201, java.net.http.HttpClient.newHttpClient().send(publish,
                    HttpResponse.BodyHandlers.discarding()).statusCode());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get(origin + "/");
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
            browser.findElement(By.id("token")).sendKeys(token);
            new Select(browser.findElement(By.id("list-kind"))).selectByValue("gov-service-monthly");
            browser.findElement(By.cssSelector("#list-form button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("archive-status"), "共 1 期"));
            String page = browser.getWindowHandle();
            browser.findElement(By.cssSelector("#archive-list li a")).click();
            wait.until(driver -> driver.getWindowHandles().size() == 2);
            for (String window : browser.getWindowHandles()) {
                if (!window.equals(page)) {
                    browser.switchTo().window(window);
                }
            }
            assertTrue(browser.getCurrentUrl().startsWith("blob:"), "the PDF fetched with the token: "
                    + browser.getCurrentUrl());
            shot(browser, "08-pdf-with-token");
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
            shot(browser, "08-imported");
            // nothing is chosen for the clerk: the table goes where it is told
            Select destination = new Select(browser.findElement(By.cssSelector("#import-preview select")));
            assertEquals("", destination.getFirstSelectedOption().getDomAttribute("value"));
            assertEquals(0, browser.findElements(By.cssSelector("#import-preview button")).size());
            destination.selectByValue("body");
            browser.findElement(By.cssSelector("#import-preview button")).click();
            answerYes(browser, wait, "导入的表格将替换当前的数据");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("compose-status"), "已把工作表"));
            String composed = browser.findElement(By.id("data")).getDomProperty("value");
            assertTrue(composed.contains("\"城关镇\"") && composed.contains("1616.5"), "the sheet is in the data");
            wait.until(StaffPageBrowserTest::noErrors);
            wait.until(driver -> driver.findElement(By.id("preview-status")).getText().startsWith("预览已更新"));
            shot(browser, "09-imported-previewed");
        });
    }

    @Test
    void aClerkImportsAnExcel97WorkbookAndIsToldToSaveAnUnreadableEtAsXlsx() throws Exception {
        Path workbook = data.resolve("10月乡镇办件.xls");
        Files.write(workbook, press.testing.Workbooks.townsXls());
        Path et = data.resolve("损坏的表格.et");
        Files.write(et, "城关镇,1335".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        withService((browser, origin, client) -> {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get(origin + "/");
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
            browser.findElement(By.id("import-file")).sendKeys(workbook.toAbsolutePath().toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import-preview table")));
            assertEquals("2", browser.findElement(By.cssSelector("#import-preview thead th")).getDomAttribute("rowspan"),
                    "乡镇 spans both head rows, as in the workbook");
            assertEquals("合计", browser.findElement(By.cssSelector("#import-preview tfoot td")).getText());
            browser.findElement(By.id("import-file")).sendKeys(et.toAbsolutePath().toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("compose-status"), "请在 WPS 中打开它，另存为"));
            shot(browser, "08-et-refused");
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
        assertEquals("2020-06", field(browser, "$.period").getDomProperty("value"), "the period moves on a month");
        wait.until(StaffPageBrowserTest::noErrors);
        // 环比: this month's headline figures beside last month's; a figure typed into the form shows its change
        assertEquals("1912", browser.findElement(By.cssSelector("#compare tr[data-path='hotline.calls'] td:nth-child(2)"))
                .getText());
        assertEquals("12345热线 · 接听总量", browser.findElement(By.cssSelector(
                "#compare tr[data-path='hotline.calls'] td:nth-child(1)")).getText(), "named by the schema's titles");
        type(field(browser, "$.hotline.calls"), "2103");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#compare tr[data-path='hotline.calls'] td:nth-child(5)"),
                "+10.0%"));
        shot(browser, "02-from-last-month");
        type(field(browser, "$.hotline.calls"), "1912");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#compare tr[data-path='hotline.calls'] td:nth-child(5)"),
                "0.0%"));

        // a department's 好评 no longer adds up to its 评价数: the finding appears under that row of the table
        WebElement good = field(browser, "$.appendices.evaluation.rows[0].good");
        String before = good.getDomProperty("value");
        type(good, Long.toString(Long.parseLong(before) + 1));
        By finding = By.cssSelector("table[data-path='$.appendices.evaluation.rows'] tr.findings .finding.error");
        wait.until(ExpectedConditions.presenceOfElementLocated(finding));
        assertTrue(browser.findElement(finding).getText().contains("好差评统计 · 各部门评价 · 第1项 · 评价数"),
                browser.findElement(finding).getText());
        assertEquals("true", field(browser, "$.appendices.evaluation.rows[0].evaluations").getDomAttribute("aria-invalid"));
        shot(browser, "03-lint-error-inline");
        // text where a count belongs: the schema's rule, in Chinese, beside the field
        type(field(browser, "$.appendices.evaluation.rows[0].good"), "2万");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(finding, "应为整数"));
        type(field(browser, "$.appendices.evaluation.rows[0].good"), before);
        wait.until(ExpectedConditions.numberOfElementsToBe(finding, 0));
        wait.until(StaffPageBrowserTest::noErrors);

        // a region's row deleted in the form, then the month's sheet imported onto appendix 1
        JsonNode regions = Fixtures.data(Fixtures.REFERENCE).path("appendices").path("platform").path("rows");
        browser.findElement(By.cssSelector("button[data-focus='$.appendices.platform.rows[0]#delete']")).click();
        answerYes(browser, wait, "将删除第1行");
        wait.until(driver -> rows(driver, "$.appendices.platform.rows") == regions.size() - 1);
        Path sheet = data.resolve("一体化平台6月.xlsx");
        Files.write(sheet, press.testing.Workbooks.platform(regions));
        browser.findElement(By.id("import-file")).sendKeys(sheet.toAbsolutePath().toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import-preview .mapping")));
        Select destination = new Select(browser.findElement(By.cssSelector("#import-preview select")));
        destination.selectByVisibleText("附件 · 一体化平台办件统计 · 各地办件");
        Select region = new Select(browser.findElement(By.cssSelector("#import-preview select[data-field='$.region']")));
        assertEquals("（不导入）", region.getFirstSelectedOption().getText(), "地区 and 区域 are not the same word");
        assertEquals("办件量·受理件数", new Select(browser.findElement(By.cssSelector(
                "#import-preview select[data-field='$.accepted']"))).getFirstSelectedOption().getText());
        region.selectByVisibleText("地区");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#import-preview table.mapped tbody td"), "马尔康市"));
        shot(browser, "04-import-mapped");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-unsaved", "false"));
        assertTrue(browser.findElement(By.id("draft-status")).getText().startsWith("已保存"),
                "edited, not published, but saved as a draft: nothing to lose when the page is left");
        // a replacement asks first and can be undone: tried once, undone, then done
        String untouched = browser.findElement(By.id("data")).getDomProperty("value");
        browser.findElement(By.cssSelector("#import-preview button.apply")).click();
        answerYes(browser, wait, "导入的 " + regions.size() + " 行（替换现有 " + (regions.size() - 1) + " 行：");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("compose-status"), regions.size() + " 行"));
        int imported = rows(browser, "$.appendices.platform.rows");
        browser.findElement(By.id("undo")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("compose-status"), "已撤销"));
        assertEquals(untouched, browser.findElement(By.id("data")).getDomProperty("value"), "undone to the data before");
        assertTrue(browser.findElement(By.id("undo")).getDomAttribute("hidden") != null, "one undo, then none");
        browser.findElement(By.cssSelector("#import-preview button.apply")).click();
        answerYes(browser, wait, "将替换当前的数据");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("compose-status"), regions.size() + " 行"));
        assertEquals(imported, rows(browser, "$.appendices.platform.rows"));
        assertEquals(regions.size(), rows(browser, "$.appendices.platform.rows"));
        assertEquals(regions,
                Json.MAPPER.readTree((String) ((JavascriptExecutor) browser).executeScript(
                        "return document.getElementById('data').value;")).path("appendices").path("platform").path("rows"), "the sheet's rows, numbers as numbers");
        wait.until(StaffPageBrowserTest::noErrors);

        browser.findElement(By.id("preview")).click();
        wait.until(driver -> driver.findElement(By.id("pdf")).getDomAttribute("src") != null
                && driver.findElement(By.id("pdf")).getDomAttribute("src").startsWith("blob:")
                && Integer.parseInt(driver.findElement(By.id("pdf")).getDomAttribute("data-bytes")) > 100_000);
        shot(browser, "05-preview");

        browser.findElement(By.id("publish")).click();
        // the archive is append-only: the page asks first, with the period and the proofreading's count
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ask")));
        String asked = browser.findElement(By.id("ask-text")).getText();
        assertTrue(asked.contains("期次") && asked.contains("校对提示"), asked);
        shot(browser, "06-asked");
        java.util.regex.Matcher warnings = java.util.regex.Pattern.compile("校对提示：(\\d+) 处").matcher(asked);
        assertTrue(warnings.find(), asked);
        browser.findElement(By.id("ask-yes")).click();
        if (Integer.parseInt(warnings.group(1)) > 0) {
            // warnings (May's dates carried into June) need a second, explicit yes
            wait.until(driver -> driver.findElement(By.id("ask-text")).getText().contains("仍要发布"));
            browser.findElement(By.id("ask-yes")).click();
        }
        wait.until(driver -> !driver.findElement(By.id("publish-status")).getText().isBlank()
                && !driver.findElement(By.id("publish-status")).getText().startsWith("正在发布"));
        String id = browser.findElement(By.id("publish-status")).getDomAttribute("data-id");
        assertTrue(id != null, browser.findElement(By.id("publish-status")).getText());
        assertEquals("false", browser.findElement(By.tagName("body")).getDomAttribute("data-unsaved"),
                "published: nothing left to lose, the page may be left without a question");
        shot(browser, "06-published");

        browser.findElement(By.id("query")).sendKeys("好差评");
        browser.findElement(By.cssSelector("#search-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results li mark")));
        assertTrue(browser.findElements(By.cssSelector("#results li")).size() >= 2, "last month's issue and this one");
        shot(browser, "07-found");

        // the archive's list of the kind's issues: last month's and this one, newest first
        new Select(browser.findElement(By.id("list-kind"))).selectByValue("gov-service-monthly");
        browser.findElement(By.cssSelector("#list-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("archive-status"), "共 2 期"));
        assertTrue(browser.findElement(By.cssSelector("#archive-list li")).getText().contains("2020-06"));

        HttpResponse<byte[]> pdf = client.get("/archive/" + id + "/file");
        assertEquals(200, pdf.statusCode());
        assertEquals("2020-06", ServiceClient.json(client.get("/archive/" + id)).path("period").asString());
        assertTrue(new ExtractedPdf(pdf.body()).text().contains("全州政务服务工作概况"));
    }

    /** The form's control for the value at a JSON path. */
    private static WebElement field(WebDriver browser, String path) {
        return browser.findElement(By.cssSelector("#form [data-path='" + path + "']:not(fieldset):not(th)"));
    }

    /** What a clerk types into a field, replacing what was there. */
    private static void type(WebElement field, String text) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    @Test
    void theClerkPicksKindsAndVariantsByTheirChineseTitlesAndReadsChineseTooltips() {
        withService((browser, origin, client) -> {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get(origin + "/");
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
            Select kinds = new Select(browser.findElement(By.id("kind")));
            assertEquals(List.of("通用简报", "政务服务工作概况（月报）", "公文（通知、通报、请示、报告、函、意见、命令、纪要）"),
                    kinds.getOptions().stream().map(WebElement::getText).toList(), "titles only, no internal names");
            kinds.selectByValue("gov-service-monthly");
            assertEquals(List.of("领导摘要", "公文·文件格式", "简报", "公文·信函格式"), variants(browser));
            kinds.selectByValue("official-document");
            assertEquals(List.of("纪要格式", "命令（令）格式", "文件格式", "信函格式"), variants(browser));
            var official = Fixtures.press().catalogue().kind("official-document").orElseThrow();
            for (WebElement variant : new Select(browser.findElement(By.id("variant"))).getOptions()) {
                String tooltip = variant.getDomProperty("title");
                assertEquals(official.variant(variant.getDomProperty("value")).orElseThrow().description(), tooltip);
                assertTrue(tooltip.matches("(?s).*\\p{IsHan}.*"), tooltip);
            }
        });
    }

    private static List<String> variants(WebDriver browser) {
        return new Select(browser.findElement(By.id("variant"))).getOptions().stream().map(WebElement::getText).toList();
    }

    @Test
    void anAdministratorEditsAPhrasePreviewsItAndSavesItForTheNextRenderButNotTheArchivedIssue() {
        TemplatesCopy templates = TemplatesCopy.in(data.resolve("templates"));
        ReloadingPress reloading = ReloadingPress.open(templates.root(), Fixtures.root().resolve("fonts"));
        try (ArchiveStore archive = ArchiveStore.open(data.resolve("archive"))) {
            TestService.serve(reloading, archive, TestService.settings(data, ServiceSettings.DEFAULT_MAX_BODY, 2, 8,
                    Duration.ofSeconds(60)), true, (app, client) -> {
                WebDriver browser = HeadlessChromium.open(profile, 1280, 800);
                try {
                    HttpResponse<byte[]> published = client.postJson("/render?template=gov-service-monthly&format=pdf&archive=true",
                            Fixtures.data(Fixtures.REFERENCE).toString());
                    assertEquals(201, published.statusCode());
                    JsonNode record = ServiceClient.json(published);
                    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
                    browser.get("http://localhost:" + app.port() + "/");
                    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
                    new Select(browser.findElement(By.id("kind"))).selectByValue("gov-service-monthly");
                    browser.findElement(By.id("phrases-load")).click();
                    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("phrases-status"), "共 "));
                    WebElement sentence = browser.findElement(By.cssSelector("#phrases-list textarea[data-phrase='casesTotal']"));
                    String text = sentence.getDomProperty("value");
                    type(browser, sentence, text.replace("事项{受理件数}件", "事项{受理数}件"));
                    browser.findElement(By.id("phrases-save")).click();
                    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("phrases-status"), "未保存"));
                    String refused = browser.findElement(By.id("phrases-status")).getText();
                    assertTrue(refused.contains("casesTotal") && refused.contains("受理数"), refused);

                    type(browser, sentence, text.replace("{范围}共受理", "{范围}累计受理"));
                    browser.findElement(By.id("phrases-preview")).click();
                    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("phrases-status"), "预览已更新"));
                    browser.findElement(By.id("phrases-save")).click();
                    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("phrases-status"), "已保存"));
                    shot(browser, "09-phrases-saved");

                    HttpResponse<byte[]> next = client.postJson("/render?template=gov-service-monthly",
                            Fixtures.data(Fixtures.REFERENCE).toString());
                    assertTrue(new ExtractedPdf(next.body()).text().replaceAll("\\s", "").contains("全州累计受理各类"));
                    HttpResponse<byte[]> archived = client.get("/archive/" + record.path("id").asLong() + "/file");
                    assertEquals(record.path("sha256").asString(), Sha256.hex(archived.body()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    browser.quit();
                }
            });
        }
    }

    /** A text put into a field as the clerk's typing leaves it (CJK by value: ChromeDriver's keys are not an IME). */
    private static void type(WebDriver browser, WebElement field, String text) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field, text);
    }

    private static int rows(WebDriver browser, String path) {
        return browser.findElements(By.cssSelector("table[data-path='" + path + "'] > tbody > tr:not(.findings)")).size();
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

    /** The page's own question, read and answered yes. */
    private static void answerYes(WebDriver browser, WebDriverWait wait, String question) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ask")));
        String asked = browser.findElement(By.id("ask-text")).getText();
        assertTrue(asked.contains(question), asked);
        browser.findElement(By.id("ask-yes")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("ask")));
    }

    private static void shot(WebDriver browser, String name) throws Exception {
        Path folder = Path.of("target", "ui");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
