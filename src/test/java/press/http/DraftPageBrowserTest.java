package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import press.archive.ArchiveStore;
import press.testing.Fixtures;

/**
 * A clerk's month kept as a draft in Chromium: saved as typed, found again after a reload, an
 * earlier version restored and the restoration undone, a deleted row undone, and the draft taken
 * through 提交审核, 审核 and 签发 into the archive.
 */
@Tag("slow")
class DraftPageBrowserTest {

    private static final String TITLE = "全州政务服务工作概况（初稿）";

    @TempDir
    Path data;

    @TempDir
    Path profile;

    @Test
    void aDraftSurvivesAReloadAnEarlierVersionIsRestoredAndUndoneAndTheDraftIsSignedOff() {
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            TestService.serve(Fixtures.press(), archive, TestService.settings(data, ServiceSettings.DEFAULT_MAX_BODY, 2, 8,
                    Duration.ofSeconds(60)), true, (app, client) -> {
                WebDriver browser = HeadlessChromium.open(profile, 1280, 800);
                try {
                    visit(browser, "http://localhost:" + app.port());
                } finally {
                    browser.quit();
                }
            });
        }
    }

    private static void visit(WebDriver browser, String origin) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(origin + "/");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        assertEquals("还没有草稿", browser.findElement(By.id("draft-list-status")).getText());
        new Select(browser.findElement(By.id("kind"))).selectByValue("gov-service-monthly");
        browser.findElement(By.id("load-example")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("compose-status"), "示例"));
        browser.findElement(By.id("save-draft")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "已保存（第 1 版"));

        // typed, then saved by itself a moment later: the page may be left without losing anything
        WebElement title = field(browser, "$.title");
        title.sendKeys(Keys.chord(Keys.CONTROL, "a"), TITLE);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "已保存（第 2 版"));
        assertEquals("false", browser.findElement(By.tagName("body")).getDomAttribute("data-unsaved"));

        browser.navigate().refresh();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        WebElement listed = browser.findElement(By.cssSelector("#draft-list li"));
        assertTrue(listed.getText().contains("阿坝州 2020-06") && listed.getText().contains("第 2 版")
                && listed.getText().contains("草稿"), listed.getText());
        listed.findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("compose-status"), "已打开草稿"));
        assertEquals(TITLE, field(browser, "$.title").getDomProperty("value"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "已保存"));

        // the first version restored in place of the second: asked first, and undone
        browser.findElement(By.cssSelector("#draft-versions button[aria-label='恢复第 1 版']")).click();
        answerYes(browser, wait, "第 1 版草稿将替换当前的数据");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("compose-status"), "已恢复第 1 版"));
        assertEquals("全州政务服务工作概况", field(browser, "$.title").getDomProperty("value"));
        browser.findElement(By.id("undo")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("compose-status"), "已撤销"));
        assertEquals(TITLE, field(browser, "$.title").getDomProperty("value"));

        // a row's 删除 asks first and is undone like any replacement
        int rows = rows(browser);
        browser.findElement(By.cssSelector("button[data-focus='$.appendices.platform.rows[0]#delete']")).click();
        answerYes(browser, wait, "将删除第1行");
        wait.until(driver -> rows(driver) == rows - 1);
        browser.findElement(By.id("undo")).click();
        wait.until(driver -> rows(driver) == rows);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "已保存"));

        // the procedure, by the one person at this machine: submitted, passed, signed off into the archive
        browser.findElement(By.id("draft-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-state"), "待审核"));
        browser.findElement(By.id("draft-comment")).sendKeys("同意");
        browser.findElement(By.id("draft-pass")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-state"), "已审核"));
        browser.findElement(By.id("draft-signoff")).click();
        answerYes(browser, wait, "签发后");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "已签发并发布，档案编号"));
        assertTrue(browser.findElement(By.id("draft-state")).getText().contains("已签发"));
        String history = browser.findElement(By.id("draft-events")).getText();
        assertTrue(history.contains("提交审核") && history.contains("审核通过") && history.contains("：同意") && history.contains("签发"), history);
    }

    /** The form's control for the value at a JSON path. */
    private static WebElement field(WebDriver browser, String path) {
        return browser.findElement(By.cssSelector("#form [data-path='" + path + "']:not(fieldset):not(th)"));
    }

    private static int rows(WebDriver browser) {
        return browser.findElements(By.cssSelector("table[data-path='$.appendices.platform.rows'] > tbody > tr:not(.findings)"))
                .size();
    }

    private static void answerYes(WebDriver browser, WebDriverWait wait, String question) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ask")));
        String asked = browser.findElement(By.id("ask-text")).getText();
        assertTrue(asked.contains(question), asked);
        browser.findElement(By.id("ask-yes")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("ask")));
    }

}
