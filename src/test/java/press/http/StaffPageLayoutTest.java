package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import press.archive.ArchiveStore;
import press.testing.Fixtures;

/**
 * The staff page on the screens offices have: a phone (360 px) and a 1366×768 laptop. Nothing
 * scrolls sideways, and on the laptop the preview stays in view while a field far down the form
 * is edited. Screenshots go under {@code target/ui}.
 */
@Tag("slow")
class StaffPageLayoutTest {

    @TempDir
    Path data;

    @TempDir
    Path profile;

    @Test
    void onA360PixelPhoneNothingScrollsSideways() throws Exception {
        visit(360, 740, (browser, wait) -> {
            assertEquals(List.of(), overflowing(browser), "elements wider than the window");
            shot(browser, "layout-360");
        });
    }

    @Test
    void onA1366By768LaptopThePreviewStaysInViewWhileAFieldFarDownIsEdited() throws Exception {
        visit(1366, 768, (browser, wait) -> {
            assertEquals(List.of(), overflowing(browser), "elements wider than the window");
            var field = browser.findElement(By.cssSelector("#form [data-path='$.appendices.evaluation.rows[0].good']"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
            field.click();
            Number visible = (Number) ((JavascriptExecutor) browser).executeScript(
                    "const r = document.getElementById('pdf').getBoundingClientRect();"
                    + "return Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0)) / innerHeight;");
            assertTrue(visible.doubleValue() > 0.4, "the preview fills " + visible + " of the window's height");
            shot(browser, "layout-1366");
        });
    }

    @Test
    void aKeyboardReachesPublishingInAFewStopsPastTheLongForm() throws Exception {
        visit(1366, 768, (browser, wait) -> {
            // the first stop of the page in document order is the skip link
            ((JavascriptExecutor) browser).executeScript("document.querySelector("
                    + "'a[href], button, input, select, textarea, [tabindex]:not([tabindex=\"-1\"])').focus()");
            assertEquals("跳到预览", browser.switchTo().activeElement().getText());
            var keys = new org.openqa.selenium.interactions.Actions(browser);
            keys.sendKeys(Keys.TAB).perform();
            assertEquals("跳到发布", browser.switchTo().activeElement().getText());
            keys.sendKeys(Keys.ENTER).perform();
            int stops = 0;
            while (!"publish".equals(browser.switchTo().activeElement().getDomAttribute("id")) && stops < 10) {
                keys.sendKeys(Keys.TAB).perform();
                stops++;
            }
            assertTrue(stops < 10, "发布 is " + stops + " stops past the skip link");
        });
    }

    @Test
    void aPreviewThatFailsSaysSoOverTheLastGoodOne() throws Exception {
        visit(1366, 768, (browser, wait) -> {
            browser.findElement(By.id("preview")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview-status"), "预览已更新"));
            var period = browser.findElement(By.cssSelector("#form [data-path='$.period']"));
            period.sendKeys(Keys.chord(Keys.CONTROL, "a"), "六月");
            browser.findElement(By.id("preview")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-stale")));
            String said = browser.findElement(By.id("preview-stale")).getText();
            assertTrue(said.startsWith("以下是上一次成功排版的结果，已过时。无法排版："), said);
            shot(browser, "layout-stale-preview");
        });
    }

    private interface Look {
        void at(WebDriver browser, WebDriverWait wait) throws Exception;
    }

    /** The page with the example month loaded into its form, in a window of this size. */
    private void visit(int width, int height, Look look) {
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            TestService.serve(Fixtures.press(), archive, TestService.settings(data, ServiceSettings.DEFAULT_MAX_BODY, 2, 8,
                    Duration.ofSeconds(60)), true, (app, client) -> {
                WebDriver browser = HeadlessChromium.open(profile, width, height);
                try {
                    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
                    browser.get(client.origin() + "/");
                    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
                    new Select(browser.findElement(By.id("kind"))).selectByValue("gov-service-monthly");
                    browser.findElement(By.id("load-example")).click();
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#form fieldset")));
                    look.at(browser, wait);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    browser.quit();
                }
            });
        }
    }

    /** What sticks out past the window's right edge, outermost first: what makes a page scroll sideways. */
    @SuppressWarnings("unchecked")
    private static List<String> overflowing(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const out = [];
                const width = document.documentElement.clientWidth;
                for (const element of document.body.querySelectorAll('*')) {
                  const box = element.getBoundingClientRect();
                  if (box.width === 0 || box.right <= width + 1) continue;
                  // inside a box that scrolls on its own, a wide table is the box's business, not the page's
                  let clipped = false;
                  for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
                    const style = getComputedStyle(up);
                    if (['auto', 'scroll', 'hidden'].includes(style.overflowX)
                        && up.getBoundingClientRect().right <= width + 1) { clipped = true; break; }
                  }
                  if (!clipped) out.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                      + (element.className && typeof element.className === 'string' ? '.' + element.className.split(' ')[0] : '')
                      + ' ' + Math.round(box.right));
                }
                return document.documentElement.scrollWidth > width ? out.slice(0, 12) : [];
                """);
    }

    private static void shot(WebDriver browser, String name) throws Exception {
        Path folder = Path.of("target", "ui");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
