package uk.fostering.safeguarding.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestMail;

/**
 * The fostering managers' registry pages on a 390 px phone and on a desktop: mark adds a household and its carer,
 * is shown the registry's rule in the error summary (whose link takes him to the field), sees the records as cards
 * that fit the screen; the new carer follows the invitation and creates a password. axe finds nothing serious or
 * critical on any of these pages.
 */
@Tag("browser")
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class RegistryPagesBrowserTest {

    private static final Pattern LINK = Pattern.compile(Pattern.quote(TestMail.BASE_URL) + "(/password/[A-Za-z0-9_-]{43})");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @LocalServerPort
    int port;

    @Test
    void aManagerAddsAHouseholdAndItsCarerOnAPhoneAndTheCarerSetsTheirPassword(Browser browser) throws Exception {
        String base = "http://localhost:" + port;
        browser.signInToTasklist(base, "mark");
        browser.phoneSize();

        browser.driver.get(base + "/manage");
        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("The registry");
        checkPage(browser, "31-registry-phone");

        // a household with an SSW who is not one: the registry's rule, under the field's label
        browser.driver.get(base + "/manage/households/add");
        browser.visible(By.id("household_id")).sendKeys("H-BROWSER");
        browser.visible(By.id("name")).sendKeys("The Browser household");
        new Select(browser.visible(By.id("ssw_id"))).selectByValue("sam");
        checkPage(browser, "32-household-form-phone");
        browser.press(By.cssSelector("button[type=submit]"));
        browser.visible(By.className("govuk-notification-banner"));
        assertThat(browser.visibleText()).contains("Saved: H-BROWSER", "The Browser household (H-BROWSER)");
        checkPage(browser, "33-households-phone");

        browser.driver.get(base + "/manage/carers/add");
        browser.visible(By.id("user_id")).sendKeys("bella");
        browser.visible(By.id("first_name")).sendKeys("Bella");
        browser.visible(By.id("last_name")).sendKeys("Browser");
        new Select(browser.visible(By.id("household_id"))).selectByValue("H-BROWSER");
        browser.visible(By.id("approved_from-day")).sendKeys("31");
        browser.visible(By.id("approved_from-month")).sendKeys("2");
        browser.visible(By.id("approved_from-year")).sendKeys("2024");
        browser.press(By.cssSelector("button[type=submit]"));
        assertThat(browser.visible(By.className("govuk-error-summary")).getText())
                .contains("There is a problem", "Approved as a foster carer on must be a real date");
        checkPage(browser, "34-carer-form-errors-phone");
        browser.press(By.cssSelector(".govuk-error-summary a[href='#approved_from-day']"));
        browser.wait.until(d -> "approved_from-day".equals(d.switchTo().activeElement().getAttribute("id")));

        browser.visible(By.id("approved_from-day")).clear();
        browser.visible(By.id("approved_from-day")).sendKeys("29");
        browser.press(By.cssSelector("button[type=submit]"));
        assertThat(browser.visible(By.className("govuk-error-summary")).getText())
                .contains("Email address must not be empty");
        browser.visible(By.id("email")).sendKeys("bella@example.org");
        browser.press(By.cssSelector("button[type=submit]"));
        browser.visible(By.className("govuk-notification-banner"));
        assertThat(browser.visibleText()).contains("Saved: bella", "We have emailed them a link");
        checkPage(browser, "35-carers-phone");

        browser.driver.get(base + "/manage/carers/end?key=bella");
        checkPage(browser, "36-carer-end-phone");

        // on a desktop the same pages
        browser.desktopSize();
        browser.driver.get(base + "/manage/placements/add");
        checkPage(browser, "37-placement-form-desktop");
        browser.driver.get(base + "/manage/staff");
        checkPage(browser, "38-staff-desktop");

        // the new carer, on a phone, follows the invitation
        MimeMessage invitation = Arrays.stream(mail.getReceivedMessages()).filter(m -> TestMail.text(m)
                .contains("bella")).findFirst().orElseThrow();
        Matcher link = LINK.matcher(TestMail.text(invitation));
        assertThat(link.find()).isTrue();
        browser.driver.manage().deleteAllCookies();
        browser.phoneSize();
        browser.driver.get(base + link.group(1));
        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Create your password");
        checkPage(browser, "39-create-password-phone");
        browser.visible(By.id("password")).sendKeys("paper lantern river stone");
        browser.visible(By.id("confirm")).sendKeys("paper lantern river stone");
        browser.press(By.cssSelector("button[type=submit]"));
        assertThat(browser.visible(By.className("govuk-panel__title")).getText()).isEqualTo("Your password is set");
        checkPage(browser, "40-password-set-phone");
        browser.driver.get(base + "/password/forgotten");
        checkPage(browser, "41-forgotten-password-phone");
    }

    private static void checkPage(Browser browser, String screenshot) throws Exception {
        browser.screenshot(screenshot);
        assertThat(browser.scrollsSideways()).as(screenshot + ": wider than the screen").isFalse();
        assertThat(browser.seriousAccessibilityProblems()).as(screenshot).isEmpty();
    }
}
