package uk.fostering.safeguarding.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.TestRegistry;
import uk.fostering.safeguarding.shared.ServiceTime;

/** A carer reports a child missing in Tasklist; the record and the managers' dashboard show it. */
@Tag("browser")
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class MissingChildBrowserTest {

    private static final String CHILD = "C-9501";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;

    @BeforeEach
    void useBrowser(Browser browser) {
        this.browser = browser;
        TestRegistry.placeChild(jdbc, CHILD, "Alex", "Browsertest", "2011-02-03", "carol", "sophie");
    }

    @Test
    void carolReportsAChildMissingInTasklistAndMarkSeesItOnTheDashboard() throws Exception {
        String base = "http://localhost:" + port;

        // carol uses "Report a child missing" from Tasklist's start menu
        browser.signInToTasklist(base, "carol");
        browser.press(By.cssSelector(".start-process-action a"));
        browser.visible(By.linkText("Report a child missing")).click();
        browser.phoneSize();
        browser.type(By.cssSelector("[id$='Field_childId']"), CHILD);
        LocalDate yesterday = LocalDate.now(ServiceTime.ZONE).minusDays(1);
        browser.typeDate("lastSeenAt", yesterday, "19:41");
        browser.type(By.cssSelector("[id$='Field_circumstances']"), "Went to meet friends in town and did not come back.");
        browser.screenshot("10-report-child-missing-phone");
        assertThat(browser.cutOff(".fjs-form-field-label")).isEmpty();
        assertThat(browser.scrollsSideways()).isFalse();
        assertThat(browser.seriousAccessibilityProblems(".fjs-form")).isEmpty();
        browser.press(By.cssSelector("button[ng-click='startProcessInstance()']"));

        // then the child has an open episode under a new concern, with the police report waiting for carol
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from missing_episode where child_id = ? and status = 'MISSING'", Integer.class, CHILD) == 1);
        String reference = jdbc.queryForObject("select concern_reference from missing_episode where child_id = ?",
                String.class, CHILD);
        assertThat(jdbc.queryForObject("select missing_since from missing_episode where child_id = ?",
                OffsetDateTime.class, CHILD).toInstant())
                .isEqualTo(yesterday.atTime(19, 41).atZone(ServiceTime.ZONE).toInstant());

        // and the concern page, on a phone, shows the episode; it meets WCAG 2.2 AA
        browser.phoneSize();
        browser.driver.get(base + "/concerns/" + reference);
        assertThat(browser.visible(By.id("missing")).getText()).isEqualTo("Missing from care");
        assertThat(browser.visible(By.tagName("main")).getText()).contains("Went to meet friends in town");
        browser.screenshot("11-concern-page-missing-phone");
        assertThat(browser.seriousAccessibilityProblems()).isEmpty();

        // and mark sees the child among the children missing now
        browser.signInToTasklist(base, "mark");
        browser.driver.get(base + "/dashboard");
        assertThat(browser.visible(By.cssSelector("#missing")).getText()).contains(reference, CHILD);
        browser.screenshot("12-dashboard-missing");
        assertThat(browser.seriousAccessibilityProblems()).isEmpty();
    }
}
