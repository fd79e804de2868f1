package uk.fostering.safeguarding.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.fostering.safeguarding.IntegrationTest;

/**
 * Camunda's Tasklist, Cockpit, Admin and Welcome carry the service's name, and nobody is shown the
 * "migrate to Camunda 8" notice that Camunda 7.24 puts above every page (it is for the engine's
 * administrators, not for carers and social workers). Camunda's own login (and its CSRF cookie) is used.
 */
@Tag("browser")
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class CamundaWebappsBrowserTest {

    private static final By BRAND = By.cssSelector(".navbar-brand");
    private static final By EOL_BANNER = By.cssSelector(".ce-eol-banner");

    @LocalServerPort
    int port;

    @Test
    void carolSignsInToTasklistAndSeesTheServiceNameAndNoCamunda8Notice(Browser browser) {
        browser.signInToTasklist(base(), "carol");

        expectBrand(browser, "Safeguarding Escalation");
        assertThat(browser.driver.getTitle()).contains("Safeguarding Escalation");
        assertThat(browser.visibleText()).contains("Carol Demo");
        assertNoCamunda8Notice(browser);
        browser.screenshot("10-tasklist-carol");
    }

    @Test
    void cockpitAdminAndWelcomeCarryTheServiceNameAndNoCamunda8Notice(Browser browser) {
        browser.signInToTasklist(base(), "admin");

        open(browser, "/camunda/app/cockpit/default/", "Safeguarding Escalation Cockpit");
        browser.screenshot("11-cockpit-admin");
        open(browser, "/camunda/app/admin/default/", "Safeguarding Escalation Admin");
        browser.screenshot("12-admin-admin");
        open(browser, "/camunda/app/welcome/default/", "Safeguarding Escalation Welcome");
        browser.screenshot("13-welcome-admin");
    }

    private void open(Browser browser, String path, String brand) {
        browser.driver.get(base() + path);
        expectBrand(browser, brand);
        assertThat(browser.driver.getTitle()).contains(brand);
        assertNoCamunda8Notice(browser);
    }

    private static void expectBrand(Browser browser, String brand) {
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(BRAND, brand));
    }

    /**
     * Camunda still renders the banner's element (so this check is not vacuous if the class name
     * changes, the presence assertion fails first), but nobody sees it and its text is nowhere on screen.
     */
    private static void assertNoCamunda8Notice(Browser browser) {
        WebElement banner = browser.wait.until(ExpectedConditions.presenceOfElementLocated(EOL_BANNER));
        assertThat(banner.isDisplayed()).as("the Camunda 8 migration banner is hidden").isFalse();
        assertThat(browser.visibleText()).doesNotContainIgnoringCase("Camunda 8");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
