package uk.fostering.safeguarding.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.concern.Concern;
import uk.fostering.safeguarding.concern.ConcernRepository;
import uk.fostering.safeguarding.concern.Indicator;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;
import uk.fostering.safeguarding.shared.ServiceTime;

/** What people click, in a real browser: Tasklist with the service's forms, and the service's own pages. */
@Tag("browser")
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class ConcernJourneyBrowserTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @LocalServerPort
    int port;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    ProcessEngine engine;

    private Browser browser;

    @BeforeEach
    void useBrowser(Browser browser) {
        this.browser = browser;
    }

    @Test
    void carolRaisesAndRecordsAConcernInTasklistThenSamAdvises() throws Exception {
        String base = "http://localhost:" + port;
        long before = concerns.count();

        // carol signs in: the service's name, and no notice meant for engine administrators
        browser.signInToTasklist(base, "carol");
        assertThat(browser.driver.getTitle() + browser.visible(By.cssSelector(".navbar-brand")).getText())
                .contains("Safeguarding Escalation");
        assertThat(browser.driver.findElements(By.cssSelector(".ce-eol-banner")))
                .allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
        browser.screenshot("01-tasklist-carol");

        // she raises a concern with the start form, on a phone
        browser.press(By.cssSelector(".start-process-action a"));
        browser.visible(By.linkText("Safeguarding concern")).click();
        browser.phoneSize();
        browser.type(By.cssSelector("[id$='Field_childId']"), "C-1001");
        if (browser.driver.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty()) {
            browser.wait.until(d -> d.findElement(By.cssSelector("[id$='Field_category']"))).findElement(By.xpath("..")).click();
        }
        browser.visible(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='Sexual exploitation']")).click();
        // the date the UK way (day, month, year: yesterday, for "today" could still be to come) and any minute
        LocalDate yesterday = LocalDate.now(ServiceTime.ZONE).minusDays(1);
        browser.typeDate("observedAt", yesterday, "19:41");
        browser.press(By.cssSelector("[id$='Field_indicators-1']"));
        browser.press(By.cssSelector("[id$='Field_indicators-6']"));
        browser.type(By.cssSelector("[id$='Field_summary']"), "Came home late with a new phone and would not say who gave it.");
        browser.screenshot("02-raise-concern-form-phone");
        // nothing is cut off or needs scrolling sideways on the phone: every sign and the date's labels wrap
        assertThat(browser.driver.findElements(By.cssSelector("[id*='Field_indicators-']"))).hasSize(Indicator.values().length);
        assertThat(browser.cutOff(".fjs-form-field-label")).isEmpty();
        assertThat(browser.scrollsSideways()).isFalse();
        assertThat(browser.seriousAccessibilityProblems(".fjs-form")).isEmpty();
        browser.press(By.cssSelector("button[ng-click='startProcessInstance()']"));
        await().atMost(Duration.ofSeconds(20)).until(() -> concerns.count() == before + 1);
        // the newest by id: other tests in this context move the engine clock, so "raised last" may not be this one
        Concern concern = concerns.findByChildIdOrderByRaisedAtDescIdDesc("C-1001").stream()
                .filter(c -> c.getSummary().startsWith("Came home late with a new phone"))
                .max(Comparator.comparing(Concern::getId)).orElseThrow();
        assertThat(concern.getRaisedBy()).isEqualTo("carol");
        assertThat(concern.indicatorList()).hasSize(2);
        assertThat(concern.getObservedAt()).isEqualTo(yesterday.atTime(19, 41).atZone(ServiceTime.ZONE).toInstant());
        browser.desktopSize();

        // she claims "Record the concern" from My tasks and writes the record
        openTask(concern.getReference(), Ids.RECORD_CONCERN);
        browser.type(By.cssSelector("[id$='Field_recordFacts']"), "Back at 23:10, new phone, smelled of smoke.");
        browser.type(By.cssSelector("[id$='Field_recordChildWords']"), "\"A mate lent it me.\"");
        browser.screenshot("03-record-concern");
        browser.press(By.cssSelector("button[ng-click='complete()']"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> concerns.findByReference(concern.getReference()).orElseThrow().getRecordedAt() != null);

        // sam, her SSW, finds "Advise the carer", reads the consent points and advises
        browser.signInToTasklist(base, "sam");
        openTask(concern.getReference(), Ids.ADVISE_CARER);
        assertThat(browser.driver.getPageSource()).contains(concern.getReference(), "cannot consent");
        // the risk select offers only the levels above the concern's own (Medium: a 14-year-old, two ordinary signs)
        WebElement riskSelect = browser.wait.until(d -> d.findElement(By.cssSelector("[id$='Field_raiseRiskLevel']")))
                .findElement(By.xpath(".."));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block:'center'})", riskSelect);
        riskSelect.click(); // a real click: form-js opens its list on the pointer, not on a scripted click
        browser.visible(By.cssSelector(".fjs-dropdownlist-item"));
        assertThat(browser.driver.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream().map(e -> e.getText()))
                .containsExactly("High", "Critical");
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
    void markSeesAnOverdueEscalationOnTheDashboard() throws Exception {
        // given a concern whose record nobody acknowledged for 4 hours (the engine clock is moved, not slept)
        TestConcerns tasklist = new TestConcerns(engine);
        Instant raised = Instant.now().minus(Duration.ofHours(6));
        ClockUtil.setCurrentTime(Date.from(raised));
        var form = TestConcerns.with(TestConcerns.startForm("C-1001", "Seen with older men at night"),
                ConcernProcess.FormFields.OBSERVED_AT, raised.minus(Duration.ofHours(1)));
        String reference = tasklist.raiseInTasklist("carol", form).getBusinessKey();
        try {
            ClockUtil.setCurrentTime(Date.from(raised.plus(Duration.ofHours(4))));
            tasklist.runDueJobs(reference);
        } finally {
            ClockUtil.reset();
        }

        // when mark, the fostering manager, signs in and opens the dashboard
        browser.signInToTasklist("http://localhost:" + port, "mark");
        browser.driver.get("http://localhost:" + port + "/dashboard");

        // then he sees it, with its level and a link to the task
        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Escalations");
        assertThat(browser.visible(By.cssSelector("#escalations")).getText()).contains(reference, "Record the concern",
                "carol", "Not acknowledged");
        assertThat(browser.driver.findElements(By.cssSelector("#escalations a[href*='tasklist']"))).isNotEmpty();
        browser.screenshot("06-dashboard-mark");
        assertThat(browser.seriousAccessibilityProblems()).isEmpty();
        browser.phoneSize();
        browser.driver.navigate().refresh();
        browser.visible(By.cssSelector("#escalations"));
        browser.screenshot("07-dashboard-phone");

        // and carol, who is not a manager, is turned away
        browser.signInToTasklist("http://localhost:" + port, "carol");
        browser.driver.get("http://localhost:" + port + "/dashboard");
        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("This page is for managers");
    }

    /** Opens the task the way an email's link does, and claims it. */
    private void openTask(String reference, String step) {
        String taskId = new TestConcerns(engine).openTask(reference, step).getId();
        browser.driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
        browser.press(By.cssSelector("button[ng-click='claim()']"));
        browser.wait.until(d -> d.findElements(By.cssSelector("button[ng-click='claim()']")).isEmpty());
    }
}
