package uk.fostering.safeguarding.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium, headless, driven by Selenium. Selenium Manager never downloads anything: the
 * browser and driver paths are given. Screenshots go to target/screenshots; axe-core (installed from
 * npm by the browser profile) checks accessibility in the page.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path AXE = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final Path profile;

    Browser() {
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        try {
            profile = Files.createTempDirectory("chromium-profile");
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-GB",
                    "--user-data-dir=" + profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** A phone's screen, 390 x 844 CSS pixels (the page's viewport, not the window around it), touch-style layout. */
    void phoneSize() {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    void desktopSize() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.manage().window().setSize(new Dimension(1400, 1000));
    }

    /** The text a person can see on the page (hidden elements excluded). */
    String visibleText() {
        return visible(By.tagName("body")).getText();
    }

    /**
     * Waits for the element to be shown. Chromium reports an element found on the page a click is leaving as "does
     * not belong to the document", not as a stale element, which the wait would retry; it is looked for again on the
     * page that follows (this failed a carer journey in CI once, after a submit).
     */
    WebElement visible(By by) {
        return wait.until(driver -> {
            try {
                return ExpectedConditions.visibilityOfElementLocated(by).apply(driver);
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        });
    }

    /** Clicks through the page's own handler: Tasklist's buttons sit beside a fixed footer that can take a real click. */
    void press(By by) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'}); arguments[0].click();", element);
    }

    /** Types into an empty field, then leaves it: form-js debounces typing and flushes it on blur. */
    void type(By by, String text) {
        visible(by).sendKeys(text, Keys.TAB);
    }

    /** Types a date the UK way into a form's day, month and year fields (two digits, as people do: 01 12 2026) and its HH:MM time. */
    void typeDate(String field, LocalDate date, String time) {
        type(By.cssSelector("[id$='Field_" + field + "Day']"), "%02d".formatted(date.getDayOfMonth()));
        type(By.cssSelector("[id$='Field_" + field + "Month']"), "%02d".formatted(date.getMonthValue()));
        type(By.cssSelector("[id$='Field_" + field + "Year']"), String.valueOf(date.getYear()));
        type(By.cssSelector("[id$='Field_" + field + "Time']"), time);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core's serious and critical violations on the current page (rule id and where). */
    List<String> seriousAccessibilityProblems() throws IOException {
        return seriousAccessibilityProblems(null);
    }

    /** The same within the first element the CSS selector finds (or the whole page for null): a form in Tasklist, whose own pages are not the service's. */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityProblems(String selector) throws IOException {
        JavascriptExecutor js = driver;
        js.executeScript(Files.readString(AXE));
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(arguments[0] ? document.querySelector(arguments[0]) : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => ({ id: v.id, targets: v.nodes.map(n => n.target.join(' ')).join(', ') }))));
                """, selector);
        return violations.stream().map(v -> v.get("id") + " at " + v.get("targets")).toList();
    }

    /** Whether the page is wider than the screen, so that something can be read only by scrolling sideways. */
    boolean scrollsSideways() {
        return (Boolean) driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }

    /** The texts of the shown elements the CSS selector finds whose content is wider than the element: cut off. */
    @SuppressWarnings("unchecked")
    List<String> cutOff(String selector) {
        return (List<String>) driver.executeScript("""
                return [...document.querySelectorAll(arguments[0])].filter(e => e.offsetParent !== null)
                    .filter(e => e.scrollWidth > e.clientWidth).map(e => e.textContent.trim());
                """, selector);
    }

    void signInToTasklist(String baseUrl, String user) {
        desktopSize(); // on a phone the menu folds away
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/camunda/app/tasklist/default/");
        type(By.cssSelector("input[ng-model='username']"), user);
        type(By.cssSelector("input[ng-model='password']"), user);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        try {
            visible(By.cssSelector(".start-process-action"));
        } catch (RuntimeException e) {
            screenshot("sign-in-failed-" + user);
            throw e;
        }
    }

    @Override
    public void close() {
        driver.quit();
        try {
            FileSystemUtils.deleteRecursively(profile); // a fresh profile each time, none left behind
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
