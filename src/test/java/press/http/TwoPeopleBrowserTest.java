package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import press.archive.ArchiveQuery;
import press.archive.ArchiveStore;
import press.archive.AuditEvent;
import press.archive.AuditQuery;
import press.people.Role;
import press.testing.Fixtures;

/**
 * Two people of an office take a month from draft to publication in Chromium: the clerk (拟稿)
 * drafts and submits and cannot sign; the leader (审核 and 签发) passes and signs it off, which
 * publishes it. The archive holds the issue, the audit trail who did what.
 */
@Tag("slow")
class TwoPeopleBrowserTest {

    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path data;

    @TempDir
    Path profile;

    @Test
    void aClerkDraftsAndSubmitsALeaderPassesAndSignsItOffAndItIsPublished() {
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            archive.accounts().add("李拟稿", EnumSet.of(Role.DRAFTER), PASSWORD, "test");
            archive.accounts().add("王签发", EnumSet.of(Role.REVIEWER, Role.SIGNER), PASSWORD, "test");
            TestService.serve(Fixtures.press(), archive, TestService.settings(data, ServiceSettings.DEFAULT_MAX_BODY, 2, 8,
                    Duration.ofSeconds(60)), true, (app, client) -> {
                WebDriver browser = HeadlessChromium.open(profile, 1366, 900);
                try {
                    walk(browser, client.origin());
                } finally {
                    browser.quit();
                }
            });
            assertEquals(1, archive.list(new ArchiveQuery("gov-service-monthly", null, null, null, false, 10, 0)).records()
                    .size(), "the signed-off month is in the archive");
            assertEquals(1, archive.audit().read(new AuditQuery("李拟稿", "draft-submitted", null, null, 10)).size());
            assertEquals(1, archive.audit().read(new AuditQuery("王签发", AuditEvent.PUBLISHED, null, null, 10)).size());
        }
    }

    private static void walk(WebDriver browser, String origin) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(origin + "/");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        login(browser, wait, "李拟稿", "拟稿");
        new Select(browser.findElement(By.id("kind"))).selectByValue("gov-service-monthly");
        browser.findElement(By.id("load-example")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("compose-status"), "示例"));
        browser.findElement(By.id("save-draft")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "已保存（第 1 版"));
        browser.findElement(By.id("draft-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-state"), "待审核"));
        assertFalse(browser.findElement(By.id("draft-review")).isDisplayed(), "a 拟稿 does not review");
        assertFalse(browser.findElement(By.id("draft-signoff")).isDisplayed(), "nor sign off");

        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        login(browser, wait, "王签发", "审核、签发");
        wait.until(driver -> driver.findElements(By.cssSelector("#draft-list li")).size() == 1);
        WebElement listed = browser.findElement(By.cssSelector("#draft-list li"));
        assertTrue(listed.getText().contains("待审核") && listed.getText().contains("李拟稿"), listed.getText());
        listed.findElement(By.tagName("button")).click();
        answerIfAsked(browser);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-state"), "待审核"));
        browser.findElement(By.id("draft-comment")).sendKeys("同意");
        browser.findElement(By.id("draft-pass")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-state"), "已审核"));
        browser.findElement(By.id("draft-signoff")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ask")));
        browser.findElement(By.id("ask-yes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "已签发并发布，档案编号"));
        String history = browser.findElement(By.id("draft-events")).getText();
        assertTrue(history.contains("李拟稿") && history.contains("王签发") && history.contains("审核通过"), history);
    }

    private static void login(WebDriver browser, WebDriverWait wait, String user, String roles) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        browser.findElement(By.id("login-user")).clear();
        browser.findElement(By.id("login-user")).sendKeys(user);
        browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-name"), "当前用户：" + user + "（" + roles + "）"));
    }

    /** Opening a draft over data the page holds asks first. */
    private static void answerIfAsked(WebDriver browser) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(2)).until(ExpectedConditions.visibilityOfElementLocated(By.id("ask")));
            browser.findElement(By.id("ask-yes")).click();
        } catch (org.openqa.selenium.TimeoutException nothingAsked) {
            // the page held no data: nothing to lose, nothing asked
        }
    }
}
