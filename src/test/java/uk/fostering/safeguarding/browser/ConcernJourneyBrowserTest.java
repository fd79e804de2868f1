package uk.fostering.safeguarding.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.concern.Concern;
import uk.fostering.safeguarding.concern.ConcernRepository;

/** What people click, in a real browser: Tasklist with the service's forms, and the service's own pages. */
@Tag("browser")
@IntegrationTest
class ConcernJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ConcernRepository concerns;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void carolRaisesAndRecordsAConcernInTasklistThenSamAdvises() {
        String base = "http://localhost:" + port;
        long before = concerns.count();

        // carol signs in: the service's name, and no notice meant for engine administrators
        browser.signInToTasklist(base, "carol");
        assertThat(browser.driver.getTitle() + browser.visible(By.cssSelector(".navbar-brand")).getText())
                .contains("Safeguarding Escalation");
        assertThat(browser.driver.findElements(By.cssSelector(".ce-eol-banner")))
                .allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
        browser.screenshot("01-tasklist-carol");

        // she raises a concern with the start form
        browser.press(By.cssSelector(".start-process-action a"));
        browser.visible(By.linkText("Safeguarding concern")).click();
        browser.type(By.cssSelector("[id$='Field_childId']"), "C-1001");
        if (browser.driver.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty()) {
            browser.wait.until(d -> d.findElement(By.cssSelector("[id$='Field_category']"))).findElement(By.xpath("..")).click();
        }
        browser.visible(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='Sexual exploitation']")).click();
        browser.type(By.cssSelector("[id$='Field_observedAt-date']"),
                LocalDate.now().minusDays(1).format(DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        browser.type(By.cssSelector("[id$='Field_observedAt-time']"), "18:30");
        browser.press(By.cssSelector("[id$='Field_indicators-1']"));
        browser.press(By.cssSelector("[id$='Field_indicators-6']"));
        browser.type(By.cssSelector("[id$='Field_summary']"), "Came home late with a new phone and would not say who gave it.");
        browser.screenshot("02-raise-concern-form");
        browser.press(By.cssSelector("button[ng-click='startProcessInstance()']"));
        await().atMost(Duration.ofSeconds(20)).until(() -> concerns.count() == before + 1);
        Concern concern = concerns.findAllByOrderByRaisedAtDescIdDesc().get(0);
        assertThat(concern.getRaisedBy()).isEqualTo("carol");
        assertThat(concern.indicatorList()).hasSize(2);

        // she claims "Record the concern" from My tasks and writes the record
        openMyTask("Record the concern");
        browser.type(By.cssSelector("[id$='Field_recordFacts']"), "Back at 23:10, new phone, smelled of smoke.");
        browser.type(By.cssSelector("[id$='Field_recordChildWords']"), "\"A mate lent it me.\"");
        browser.screenshot("03-record-concern");
        browser.press(By.cssSelector("button[ng-click='complete()']"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> concerns.findByReference(concern.getReference()).orElseThrow().getRecordedAt() != null);

        // sam, her SSW, finds "Advise the carer", reads the consent points and advises
        browser.signInToTasklist(base, "sam");
        openMyTask("Advise the carer");
        assertThat(browser.driver.getPageSource()).contains(concern.getReference(), "cannot consent");
        browser.press(By.cssSelector("[id$='Field_consentConsidered']"));
        browser.type(By.cssSelector("[id$='Field_adviceToCarer']"), "Note any calls and lifts; do not confront anyone.");
        browser.press(By.cssSelector("[id$='Field_talkWithChild-1']"));
        browser.screenshot("04-advise-carer");
        browser.press(By.cssSelector("button[ng-click='complete()']"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> concerns.findByReference(concern.getReference()).orElseThrow().getAdvisedAt() != null);
        assertThat(concerns.findByReference(concern.getReference()).orElseThrow().getMayTalkWithChild()).isFalse();

        // and the record reads well on a phone, through the link in the forms and emails
        browser.phoneSize();
        browser.driver.get(base + "/concerns/" + concern.getReference());
        assertThat(browser.visible(By.tagName("h1")).getText()).contains(concern.getReference());
        browser.screenshot("05-concern-page-phone");
    }

    @Test
    void startPageWorksOnAPhoneAndHasNoSeriousAccessibilityProblems() throws Exception {
        browser.phoneSize();
        browser.driver.get("http://localhost:" + port + "/");
        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Safeguarding Escalation");
        assertThat(browser.driver.findElements(By.cssSelector("a[href='/camunda/app/tasklist/']"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("a[href='/dashboard']"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("a[href='/swagger-ui.html']"))).isNotEmpty();
        assertThat(browser.driver.getPageSource()).contains("Demo logins", "carol", "sophie");
        browser.screenshot("00-start-page-phone");
        List<String> problems = browser.seriousAccessibilityProblems();
        assertThat(problems).isEmpty();
    }

    private void openMyTask(String name) {
        browser.visible(By.xpath("//*[normalize-space()='My tasks' or starts-with(normalize-space(),'My tasks')]")).click();
        browser.visible(By.xpath("//li[contains(@class,'task')]//*[normalize-space(text())='" + name + "']")).click();
        browser.press(By.cssSelector("button[ng-click='claim()']"));
        browser.wait.until(d -> d.findElements(By.cssSelector("button[ng-click='claim()']")).isEmpty());
    }
}
