package uk.fostering.safeguarding.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.process.ConcernProcess;

/**
 * The managers' dashboard on a 390 px phone and on a desktop: every column of an escalation can be read without
 * scrolling sideways (a card per row on the phone, also once the page has refreshed itself; the table on a desktop),
 * the filters work, axe finds nothing serious.
 */
@Tag("browser")
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class DashboardBrowserTest {

    private static final List<String> COLUMNS = List.of("Concern", "Step", "Responsible", "Team", "Why", "Level",
            "Overdue by", "Task");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    @Test
    void everyColumnOfAnEscalationCanBeReadOnAPhoneAndOnADesktop(Browser browser) throws Exception {
        // given a concern whose record nobody acknowledged for 4 hours (the engine clock is moved, not slept)
        String reference = overdueRecord();

        // when mark opens the dashboard on a phone (the page's minute timer kept, so the test can make it tick now)
        browser.signInToTasklist("http://localhost:" + port, "mark");
        browser.phoneSize();
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.pageTimers = [];
                const setIntervalAsBefore = window.setInterval;
                window.setInterval = (tick, ms) => { window.pageTimers.push(tick); return setIntervalAsBefore(tick, ms); };
                """));
        browser.driver.get("http://localhost:" + port + "/dashboard");

        // then the escalation is a card: each value under its column's name, all of it on the screen
        WebElement card = rowOf(browser, reference);
        assertThat(browser.scrollsSideways()).isFalse();
        assertEveryColumnOnScreen(browser, card);
        assertThat(card.findElements(By.tagName("td")).stream().map(td -> td.getAttribute("data-label"))).isEqualTo(COLUMNS);
        assertThat(card.getRect().getWidth()).isLessThanOrEqualTo(390);
        browser.screenshot("21-dashboard-phone-cards");
        assertThat(browser.seriousAccessibilityProblems()).isEmpty();

        // and once the page has refreshed itself, the rows it drew are cards just the same
        browser.driver.executeScript("window.pageTimers.forEach(tick => tick())");
        browser.wait.until(d -> browser.visible(By.id("updated")).getText().startsWith("Updated"));
        WebElement redrawn = rowOf(browser, reference);
        assertEveryColumnOnScreen(browser, redrawn);
        assertThat(redrawn.findElements(By.tagName("td")).stream().map(td -> td.getAttribute("data-label")))
                .isEqualTo(COLUMNS);
        assertThat(browser.scrollsSideways()).isFalse();

        // and its filters work there: another step leaves it out, its own step and level keep it
        new Select(browser.visible(By.id("step"))).selectByVisibleText("Advise the carer");
        browser.press(By.cssSelector(".filters button[type=submit]"));
        browser.visible(By.tagName("h1"));
        assertThat(browser.driver.findElement(By.id("escalations")).getText()).doesNotContain(reference);
        new Select(browser.visible(By.id("step"))).selectByVisibleText("Record the concern");
        new Select(browser.visible(By.id("level"))).selectByValue("1");
        browser.press(By.cssSelector(".filters button[type=submit]"));
        assertEveryColumnOnScreen(browser, rowOf(browser, reference));
        assertThat(browser.scrollsSideways()).isFalse();

        // and on a desktop it is the table, with its column headings
        browser.desktopSize();
        browser.driver.navigate().refresh();
        WebElement row = rowOf(browser, reference);
        assertThat(browser.driver.findElements(By.cssSelector("#escalations thead th")).stream().map(WebElement::getText))
                .isEqualTo(COLUMNS);
        assertThat(row.findElements(By.tagName("td"))).allSatisfy(td ->
                assertThat(td.getLocation().getY()).isEqualTo(row.findElement(By.tagName("td")).getLocation().getY()));
        assertEveryColumnOnScreen(browser, row);
        assertThat(browser.scrollsSideways()).isFalse();
        browser.screenshot("22-dashboard-desktop-table");
        assertThat(browser.seriousAccessibilityProblems()).isEmpty();
    }

    private String overdueRecord() {
        TestConcerns tasklist = new TestConcerns(engine);
        Instant raised = Instant.now().minus(Duration.ofHours(6));
        ClockUtil.setCurrentTime(Date.from(raised));
        try {
            String reference = tasklist.raiseInTasklist("carol", TestConcerns.with(TestConcerns.startForm("C-1002",
                    "Seen getting into cars after school"), ConcernProcess.FormFields.OBSERVED_AT,
                    raised.minus(Duration.ofHours(1)))).getBusinessKey();
            ClockUtil.setCurrentTime(Date.from(raised.plus(Duration.ofHours(4))));
            tasklist.runDueJobs(reference);
            return reference;
        } finally {
            ClockUtil.reset();
        }
    }

    private static WebElement rowOf(Browser browser, String reference) {
        return browser.wait.until(d -> d.findElements(By.cssSelector("#escalations tbody tr")).stream()
                .filter(tr -> tr.getText().contains(reference)).findFirst().orElse(null));
    }

    /** Each cell shows a value, and lies within the screen's width. */
    private static void assertEveryColumnOnScreen(Browser browser, WebElement row) {
        long width = (Long) browser.driver.executeScript("return window.innerWidth");
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertThat(cells).hasSize(COLUMNS.size()).allSatisfy(td -> {
            assertThat(td.isDisplayed()).isTrue();
            assertThat(td.getText()).isNotBlank();
            assertThat(td.getRect().getX()).isGreaterThanOrEqualTo(0);
            assertThat(td.getRect().getX() + td.getRect().getWidth()).isLessThanOrEqualTo((int) width);
        });
    }
}
