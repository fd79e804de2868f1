package uk.fostering.safeguarding.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.security.DemoPeople;

/** The start page on a phone: what the service is, every place the contract names, the demo logins, no serious accessibility problem. */
@Tag("browser")
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class StartPageBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    DemoPeople demo;

    @Test
    void startPageOnAPhoneLinksEverythingListsTheDemoLoginsAndPassesAxe(Browser browser) throws Exception {
        browser.phoneSize();
        browser.driver.get("http://localhost:" + port + "/");

        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Safeguarding Escalation");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en-GB");
        assertThat(browser.driver.findElements(By.cssSelector("main#main"))).hasSize(1);
        for (String href : List.of("/carer", "/camunda/app/tasklist/", "/camunda/app/cockpit/", "/camunda/app/admin/",
                "/dashboard", "/v3/api-docs", "/swagger-ui.html")) {
            assertThat(browser.driver.findElements(By.cssSelector("a[href='" + href + "']")))
                    .as("a link to %s", href).isNotEmpty();
        }

        // the demo logins come from configuration: one row per demo person, each user name shown
        List<String> shownUsers = browser.driver.findElements(
                By.cssSelector("section[aria-labelledby='demo'] tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
        assertThat(demo.enabled()).isTrue();
        assertThat(shownUsers).containsExactlyElementsOf(demo.people().stream().map(DemoPeople.Person::id).toList());
        assertThat(shownUsers).contains("carol", "sam", "mark", "admin");

        // it fits a phone: nothing wider than the screen
        Long scrollWidth = (Long) browser.driver.executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth).isLessThanOrEqualTo(390L);
        browser.screenshot("00-start-page-phone");
        browser.driver.executeScript("document.getElementById('demo').scrollIntoView();");
        browser.screenshot("00-start-page-phone-demo-logins");

        assertThat(browser.seriousAccessibilityProblems()).isEmpty();
    }

    @Test
    void keyboardUsersCanSkipToTheContentAndAlwaysSeeWhereTheyAre(Browser browser) {
        browser.driver.get("http://localhost:" + port + "/");
        browser.visible(By.tagName("h1"));

        // the first Tab shows the skip link, on screen
        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.driver.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to the main content");
        assertThat(skip.getRect().getX()).isNotNegative();
        assertThat(outline(browser)).isNotEqualTo("none");
        browser.screenshot("00-start-page-skip-link");

        // every link on the way has a visible focus outline
        for (int i = 0; i < 4; i++) {
            browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            assertThat(browser.driver.switchTo().activeElement().getTagName()).isEqualTo("a");
            assertThat(outline(browser)).as("focus outline of %s", browser.driver.switchTo().activeElement().getText())
                    .isNotEqualTo("none");
        }
    }

    private static String outline(Browser browser) {
        return (String) browser.driver.executeScript("return getComputedStyle(document.activeElement).outlineStyle;");
    }
}
