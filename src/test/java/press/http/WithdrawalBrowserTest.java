package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import press.archive.ArchiveStore;
import press.archive.ArchivedDocument;
import press.archive.Withdrawal;
import press.people.Role;
import press.testing.ArchiveRecords;

/**
 * Withdrawing (撤回) on the staff page in a real browser (Debian's headless Chromium): a 拟稿
 * sees no 撤回 button in the archive list; a 签发 presses it, gives the reason in the page's own
 * dialog (an empty reason is asked again, 取消 withdraws nothing), and the record leaves the list
 * while its row stays in the archive, withdrawn by them for that reason.
 */
@Tag("slow")
class WithdrawalBrowserTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String REASON = "附件误含职工姓名";

    @TempDir
    Path data;

    @TempDir
    Path profile;

    @Test
    void aSignerWithdrawsARecordWithAReasonAndItLeavesTheListWhileAClerkSeesNoButton() {
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            archive.accounts().add("clerk", EnumSet.of(Role.DRAFTER), PASSWORD, "test");
            archive.accounts().add("leader", EnumSet.of(Role.SIGNER), PASSWORD, "test");
            archive.store(ArchiveRecords.record("2020-04", "四月"));
            ArchivedDocument mistaken = archive.store(ArchiveRecords.record("2020-05", "五月"));
            TestService.serve(new StubPress(), archive, TestService.settings(data, ServiceSettings.DEFAULT_MAX_BODY, 2, 8,
                    Duration.ofSeconds(20)), true, (app, client) -> {
                WebDriver browser = browser();
                try {
                    visit(browser, "http://localhost:" + app.port(), mistaken.id());
                } finally {
                    browser.quit();
                }
            });
            Withdrawal withdrawal = archive.withdrawals().find(mistaken.id()).orElseThrow();
            assertEquals("leader", withdrawal.by());
            assertEquals(REASON, withdrawal.reason());
            assertTrue(archive.find(mistaken.id()).isPresent(), "the record stays in the archive");
            assertTrue(archive.check().consistent());
        }
    }

    private static void visit(WebDriver browser, String origin, long mistaken) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(origin + "/");
        wait.until(driver -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        login(browser, "clerk");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-name"), "当前用户：clerk（拟稿）"));
        List<WebElement> listed = list(browser, wait, 2);
        assertTrue(listed.stream().allMatch(item -> item.findElements(By.cssSelector("button.withdraw")).isEmpty()),
                "a 拟稿 may not withdraw");

        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        login(browser, "leader");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-name"), "当前用户：leader（签发）"));
        WebElement button = item(list(browser, wait, 2), mistaken).findElement(By.cssSelector("button.withdraw"));

        button.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ask-reason")));
        browser.findElement(By.id("ask-no")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("archive-status"), "已取消撤回"));
        assertEquals(2, browser.findElements(By.cssSelector("#archive-list li")).size());

        item(browser.findElements(By.cssSelector("#archive-list li")), mistaken)
                .findElement(By.cssSelector("button.withdraw")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ask-reason")));
        browser.findElement(By.id("ask-yes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ask-text"), "请填写原因"));
        browser.findElement(By.id("ask-reason")).sendKeys(REASON);
        browser.findElement(By.id("ask-yes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("archive-status"), "已撤回档案编号 " + mistaken));
        List<WebElement> left = browser.findElements(By.cssSelector("#archive-list li"));
        assertEquals(1, left.size());
        assertFalse(left.get(0).getText().contains("档案编号 " + mistaken), left.get(0).getText());
        assertFalse(browser.findElement(By.id("ask-reason")).isDisplayed());
    }

    /** Lists the archive and waits for {@code count} records. */
    private static List<WebElement> list(WebDriver browser, WebDriverWait wait, int count) {
        browser.findElement(By.xpath("//form[@id='list-form']//button[@type='submit']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("archive-status"), "共 " + count + " 期"));
        return browser.findElements(By.cssSelector("#archive-list li"));
    }

    private static WebElement item(List<WebElement> items, long id) {
        return items.stream().filter(item -> item.getText().contains("档案编号 " + id)).findFirst().orElseThrow();
    }

    private static void login(WebDriver browser, String user) {
        WebElement name = browser.findElement(By.id("login-user"));
        name.clear();
        name.sendKeys(user);
        WebElement secret = browser.findElement(By.id("login-password"));
        secret.clear();
        secret.sendKeys(PASSWORD);
        browser.findElement(By.id("login")).click();
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
}
