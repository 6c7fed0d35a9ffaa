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
import org.openqa.selenium.support.ui.WebDriverWait;
import press.archive.ArchiveStore;
import press.archive.AuditEvent;
import press.archive.AuditQuery;
import press.people.Role;

/**
 * Logging in on the staff page in a real browser (Debian's headless Chromium): a wrong password is
 * told in Chinese; the 管理员 sees the user panel, adds a 签发 and disables a clerk (changes the page
 * sends with the session's CSRF token), and logs out; the 签发 sees no panel.
 */
@Tag("slow")
class AccountsBrowserTest {

    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path data;

    @TempDir
    Path profile;

    @Test
    void anAdministratorLogsInManagesUsersAndLogsOutAndASignerSeesNoUserPanel() {
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            archive.accounts().add("admin", EnumSet.of(Role.ADMIN), PASSWORD, "test");
            archive.accounts().add("clerk", EnumSet.of(Role.DRAFTER), PASSWORD, "test");
            TestService.serve(new StubPress(), archive, TestService.settings(data, ServiceSettings.DEFAULT_MAX_BODY, 2, 8,
                    Duration.ofSeconds(20)), true, (app, client) -> {
                WebDriver browser = HeadlessChromium.open(profile, 1280, 800);
                try {
                    visit(browser, "http://localhost:" + app.port());
                } finally {
                    browser.quit();
                }
            });
            assertEquals(1, archive.audit().read(new AuditQuery("admin", AuditEvent.USER_ADDED, null, null, 10)).size());
            assertTrue(archive.accounts().find("clerk").orElseThrow().disabled());
            assertEquals(EnumSet.of(Role.SIGNER), archive.accounts().find("王五").orElseThrow().roles());
        }
    }

    private static void visit(WebDriver browser, String origin) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(origin + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        login(browser, "admin", "not the password");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-status"), "用户名或密码不对"));
        login(browser, "admin", PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-name"), "当前用户：admin（管理员）"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("users-panel")));
        wait.until(driver -> driver.findElements(By.cssSelector("#users-list li")).size() == 2);
        browser.findElement(By.id("new-user")).sendKeys("王五");
        browser.findElement(By.id("new-role-signer")).click();
        browser.findElement(By.id("new-password")).sendKeys(PASSWORD);
        browser.findElement(By.id("add-user")).click();
        wait.until(driver -> driver.findElements(By.cssSelector("#users-list li")).size() == 3);
        WebElement clerk = browser.findElements(By.cssSelector("#users-list li")).stream()
                .filter(item -> item.getText().startsWith("clerk")).findFirst().orElseThrow();
        clerk.findElement(By.xpath(".//button[text()='停用']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users-list"), "clerk（已停用）"));
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        assertFalse(browser.findElement(By.id("users-panel")).isDisplayed());
        login(browser, "王五", PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-name"), "当前用户：王五（签发）"));
        assertFalse(browser.findElement(By.id("users-panel")).isDisplayed());
    }

    private static void login(WebDriver browser, String user, String password) {
        WebElement name = browser.findElement(By.id("login-user"));
        name.clear();
        name.sendKeys(user);
        WebElement secret = browser.findElement(By.id("login-password"));
        secret.clear();
        secret.sendKeys(password);
        browser.findElement(By.id("login")).click();
    }

}
