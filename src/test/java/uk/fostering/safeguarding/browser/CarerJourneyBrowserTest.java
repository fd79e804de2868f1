package uk.fostering.safeguarding.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.TestMail;
import uk.fostering.safeguarding.TestRegistry;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;
import uk.fostering.safeguarding.shared.ServiceTime;

/**
 * Every carer journey on the carers' own pages, in Chromium at a phone's 390 x 844 and at desktop size: raise a
 * concern, record it (pre-filled), talk with the child once the SSW allows it, report the child missing, report the
 * call to the police, report the child back. Each stored date and time is the one typed; no page scrolls sideways;
 * axe-core finds nothing serious on any page. On the phone every action is a tap, counted with the screens; on the
 * desktop the raise is done with the keyboard alone. Screenshots: target/screenshots/carer-*.png; the counts:
 * target/carer-journeys.txt.
 */
@Tag("browser")
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class CarerJourneyBrowserTest {

    private static final Path COUNTS = Path.of("target", "carer-journeys.txt");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;

    private Browser browser;
    private String size;
    private String base;
    private int taps;
    private int screens;
    private int shot;

    @BeforeEach
    void useBrowser(Browser browser) {
        this.browser = browser;
    }

    @ParameterizedTest
    @ValueSource(strings = {"phone", "desktop"})
    void aCarerRaisesRecordsTalksAndReportsMissingAndBackWithEveryTimeStoredAsTyped(String size) throws Exception {
        this.size = size;
        base = "http://localhost:" + port;
        String child = size.equals("phone") ? "C-9611" : "C-9612";
        String first = size.equals("phone") ? "Ash" : "Bea";
        TestRegistry.placeChild(jdbc, child, first, "Journeytest", "2011-02-03", "carol", "sophie");
        browser.signInToTasklist(base, "carol");
        if (size.equals("phone")) {
            browser.phoneSize();
        }
        TestConcerns tasklist = new TestConcerns(engine);

        // raise: 01/12/2026 19:41 typed is 1 December 2026, 19:41 UK time
        String summary = "Came home at 11pm in a taxi nobody paid for, with a new phone (" + size + ")";
        begin();
        open("/carer");
        String reference = size.equals("phone") ? raiseByTapping(child, summary) : raiseWithTheKeyboard(child, summary);
        end("raise");
        assertThat(stored("select observed_at from concern where reference = ?", reference))
                .isEqualTo(uk(2026, 12, 1, 19, 41));

        // record the concern: from "Your steps", pre-filled with the summary
        begin();
        tap(By.linkText("Go to your steps"));
        screen("steps");
        tap(stepLink("Record the concern", reference));
        screen("record");
        assertThat(browser.visible(By.id("recordFacts")).getAttribute("value")).isEqualTo(summary);
        tap(By.id("recordChildWords"));
        browser.driver.switchTo().activeElement().sendKeys("A mate sorted it");
        tap(By.cssSelector("main button[type=submit]"));
        screen("record-done");
        end("record");
        assertThat(jdbc.queryForObject("select record_facts from concern where reference = ?", String.class, reference))
                .isEqualTo(summary);

        // the SSW advises that carol may talk with the child
        tasklist.complete(reference, Ids.ADVISE_CARER, Map.of("adviceToCarer", "Keep a note of anything new.",
                "consentConsidered", true, "talkWithChild", "YES", "talkGuidance", "Ask openly, do not lead."));
        tasklist.runDueJobs(reference);
        // and the child's social worker decides: only then may anyone talk with the child about it
        tasklist.complete(reference, Ids.DECIDE_NEXT_STEPS, Map.of("decision", "NO_FURTHER_ACTION",
                "decisionReasons", "Nothing further needed."));
        tasklist.runDueJobs(reference);

        begin();
        open("/carer/steps");
        tap(stepLink("Talk with the child as advised", reference));
        screen("talk");
        assertThat(browser.visibleText()).contains("Ask openly, do not lead.");
        tap(By.id("talkNotes"));
        browser.driver.switchTo().activeElement().sendKeys("We talked after dinner; they said the phone is a loan.");
        tap(By.cssSelector("main button[type=submit]"));
        screen("talk-done");
        end("talk");

        // report missing: last seen 01/12/2026 22:07
        begin();
        open("/carer");
        tap(By.cssSelector("#child-" + child + " a[href$='/missing']"));
        screen("missing");
        typeDate("lastSeenAt", "01", "12", "2026", "22:07");
        tap(By.id("circumstances"));
        browser.driver.switchTo().activeElement().sendKeys("Went out to meet friends and did not come home.");
        tap(By.cssSelector("main button[type=submit]"));
        screen("missing-check");
        assertThat(browser.visibleText()).contains("01/12/2026 at 22:07");
        tap(By.cssSelector("main button[type=submit]"));
        screen("missing-sent");
        end("report missing");
        assertThat(stored("select missing_since from missing_episode where concern_reference = ?", reference))
                .isEqualTo(uk(2026, 12, 1, 22, 7));
        tasklist.runDueJobs(reference);

        // report to the police: called 01/12/2026 22:18
        begin();
        tap(By.linkText("Go to your steps"));
        screen("steps-police");
        tap(stepLink("Report the missing child to the police", reference));
        screen("police");
        typeDate("policeCalledAt", "01", "12", "2026", "22:18");
        tap(By.id("policeReference"));
        browser.driver.switchTo().activeElement().sendKeys("CAD 4471");
        tap(By.cssSelector("main button[type=submit]"));
        screen("police-done");
        end("report to police");
        assertThat(stored("select police_called_at from missing_episode where concern_reference = ?", reference))
                .isEqualTo(uk(2026, 12, 1, 22, 18));

        // report back: 02/12/2026 00:52
        begin();
        open("/carer");
        tap(By.cssSelector("#child-" + child + " a[href$='/back']"));
        screen("back");
        typeDate("returnedAt", "02", "12", "2026", "00:52");
        tap(By.cssSelector("main button[type=submit]"));
        screen("back-check");
        tap(By.cssSelector("main button[type=submit]"));
        screen("back-sent");
        end("report back");
        assertThat(stored("select returned_at from missing_episode where concern_reference = ?", reference))
                .isEqualTo(uk(2026, 12, 2, 0, 52));
    }

    @Test
    void theOtherPagesOfTheCarersOnAPhoneSignInNotForYouNotFoundErrorsOutOfDateMeetWcagToo() throws Exception {
        size = "phone";
        base = "http://localhost:" + port;
        browser.phoneSize();
        open("/carer");
        assertThat(browser.visibleText()).contains("Sign in first");

        browser.signInToTasklist(base, "sam");
        browser.phoneSize();
        open("/carer");
        assertThat(browser.visibleText()).contains("These pages are for foster carers");

        // signing in again: from a page of Tasklist, whose cookies are not visible from the carers' pages to delete
        browser.driver.get(base + "/camunda/app/tasklist/default/");
        browser.signInToTasklist(base, "carol");
        browser.phoneSize();
        open("/carer/children/C-0000/concern");
        assertThat(browser.visibleText()).contains("Page not found");

        // a date that does not exist: the error summary links to the day, which says what to type
        open("/carer/children/C-1002/concern");
        tap(By.cssSelector("main button[type=submit]"));
        screen("raise-danger-unanswered");
        assertThat(browser.visible(By.cssSelector(".govuk-error-summary a[href='#immediateDanger']")).getText())
                .isEqualTo("Select yes if Tyler is in danger right now");
        tap(By.cssSelector("label[for='immediateDanger-no']"));
        tap(By.cssSelector("main button[type=submit]"));
        screen("raise-details-empty");
        tap(By.cssSelector("label[for='category']"));
        tap(By.id("summary"));
        browser.driver.switchTo().activeElement().sendKeys("Seen getting into a car with two older men.");
        typeDate("observedAt", "31", "02", "2026", "19:41");
        tap(By.cssSelector("main button[type=submit]"));
        screen("raise-check-bad-date");
        tap(By.cssSelector("main form button[type=submit]"));
        screen("raise-details-errors");
        WebElement error = browser.visible(By.cssSelector(".govuk-error-summary a[href='#observedAtDay']"));
        assertThat(error.getText()).isEqualTo("Enter a real day you saw or heard it: February 2026 has 28 days");
        tap(By.cssSelector(".govuk-error-summary a[href='#observedAtDay']"));
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("observedAtDay");

        // a form whose token is gone (a page from another site, or older than the sign-in): nothing is sent
        browser.driver.executeScript("document.querySelector('main form input[name=_csrf]').value = 'stale'");
        tap(By.cssSelector("main button[type=submit]"));
        screen("out-of-date");
        assertThat(browser.visibleText()).contains("The page was out of date", "Nothing was sent");
    }

    @Test
    void aChildInDangerOnAPhoneThePoliceCallIsAskedCheckedAndStoredAsTyped() throws Exception {
        size = "phone";
        base = "http://localhost:" + port;
        String child = "C-9613";
        TestRegistry.placeChild(jdbc, child, "Cal", "Journeytest", "2011-02-03", "carol", "sophie");
        browser.signInToTasklist(base, "carol");
        browser.phoneSize();
        String summary = "Two men tried to pull her into a van outside the shop (phone)";

        // in danger right now: the police question is next, on its own page, and must be answered
        begin();
        open("/carer/children/" + child + "/concern");
        tap(By.cssSelector("label[for='immediateDanger']"));
        tap(By.cssSelector("main button[type=submit]"));
        screen("raise-police");
        tap(By.cssSelector("main button[type=submit]"));
        screen("raise-police-unanswered");
        assertThat(browser.visible(By.cssSelector(".govuk-error-summary a[href='#policeCalled']")).getText())
                .isEqualTo("Select yes if you have called the police on 999");

        // after a yes: when, and the reference if known
        tap(By.cssSelector("label[for='policeCalled']"));
        tap(By.cssSelector("main button[type=submit]"));
        screen("raise-police-call");
        typeDate("policeCalledAt", "01", "12", "2026", "19:50");
        tap(By.id("policeReference"));
        browser.driver.switchTo().activeElement().sendKeys("CAD 4471/01DEC");
        tap(By.cssSelector("main button[type=submit]"));
        screen("raise-details-in-danger");
        tap(By.cssSelector("label[for='category']"));
        tap(By.id("summary"));
        browser.driver.switchTo().activeElement().sendKeys(summary);
        typeDate("observedAt", "01", "12", "2026", "19:41");
        tap(By.cssSelector("main button[type=submit]"));
        screen("raise-check-in-danger");
        assertThat(browser.visibleText()).contains("Police called (999)", "When you called", "01/12/2026 at 19:50",
                "Police reference", "CAD 4471/01DEC");
        tap(By.cssSelector("main form button[type=submit]"));
        screen("raise-sent-in-danger");
        end("raise in danger");
        String reference = browser.visible(By.id("reference")).getText();

        assertThat(stored("select police_called_at from concern where reference = ?", reference))
                .isEqualTo(uk(2026, 12, 1, 19, 50));
        assertThat(jdbc.queryForObject("select police_reference from concern where reference = ?", String.class,
                reference)).isEqualTo("CAD 4471/01DEC");
    }

    /** On the phone: a tap for every choice, every field and every button. */
    private String raiseByTapping(String child, String summary) throws IOException {
        tap(By.cssSelector("#child-" + child + " a[href$='/concern']"));
        screen("raise-danger");
        tap(By.cssSelector("label[for='immediateDanger-no']"));
        tap(By.cssSelector("main button[type=submit]"));
        screen("raise-details");
        tap(By.cssSelector("label[for='category']"));
        tap(By.id("summary"));
        browser.driver.switchTo().activeElement().sendKeys(summary);
        typeDate("observedAt", "01", "12", "2026", "19:41");
        tap(By.cssSelector("label[for='indicators-UNEXPLAINED_GIFTS']"));
        tap(By.cssSelector("label[for='indicators-UNKNOWN_ADULTS_OR_CARS']"));
        tap(By.cssSelector("main button[type=submit]"));
        return checkAndSend(summary);
    }

    /** On the desktop: Tab to move, Space to choose, Enter to follow and send; no clicks at all. */
    private String raiseWithTheKeyboard(String child, String summary) throws IOException {
        tabTo(By.cssSelector("#child-" + child + " a[href$='/concern']"));
        keys(Keys.ENTER);
        screen("raise-danger");
        tabTo(By.id("immediateDanger"));
        keys(Keys.ARROW_DOWN); // the second answer of the radios: No
        assertThat(browser.driver.findElement(By.id("immediateDanger-no")).isSelected()).isTrue();
        tabTo(By.cssSelector("main button[type=submit]"));
        keys(Keys.ENTER);
        screen("raise-details");
        tabTo(By.id("category"));
        keys(Keys.SPACE);
        tabTo(By.id("summary"));
        keys(summary);
        keys(Keys.TAB, "01", Keys.TAB, "12", Keys.TAB, "2026", Keys.TAB, "19:41");
        tabTo(By.id("indicators-UNEXPLAINED_GIFTS"));
        keys(Keys.SPACE);
        tabTo(By.id("indicators-UNKNOWN_ADULTS_OR_CARS"));
        keys(Keys.SPACE);
        tabTo(By.cssSelector("main button[type=submit]"));
        keys(Keys.ENTER);
        return checkAndSend(summary);
    }

    private String checkAndSend(String summary) throws IOException {
        screen("raise-check");
        assertThat(browser.visibleText()).contains(summary, "01/12/2026 at 19:41", "Sexual exploitation",
                "Money, a phone, clothes or other gifts nobody can account for");
        if (size.equals("phone")) {
            tap(By.cssSelector("main form button[type=submit]"));
        } else {
            tabTo(By.cssSelector("main form button[type=submit]"));
            keys(Keys.ENTER);
        }
        screen("raise-sent");
        return browser.visible(By.id("reference")).getText();
    }

    /** A date typed the UK way into its day, month and year fields and its HH:MM time: a tap on each field. */
    private void typeDate(String field, String day, String month, String year, String time) {
        for (Map.Entry<String, String> part : Map.of("Day", day, "Month", month, "Year", year, "Time", time).entrySet()) {
            tap(By.id(field + part.getKey()));
            browser.driver.switchTo().activeElement().sendKeys(part.getValue());
        }
    }

    private By stepLink(String title, String reference) {
        return By.xpath("//div[contains(@class,'govuk-summary-card')][.//dd[normalize-space()='" + reference
                + "']]//a[normalize-space()='" + title + "']");
    }

    private void tap(By by) {
        WebElement element = browser.visible(by);
        browser.driver.executeScript("arguments[0].scrollIntoView({block:'center'})", element);
        element.click();
        taps++;
    }

    private void tabTo(By by) {
        browser.visible(By.tagName("h1"));
        WebElement target = browser.driver.findElement(by); // radios and checkboxes: govuk-frontend draws them over the input
        for (int i = 0; i < 80; i++) {
            if (target.equals(browser.driver.switchTo().activeElement())) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + by);
    }

    private void keys(CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    private void open(String path) throws IOException {
        browser.driver.get(base + path);
        screen(path.substring(1).replace('/', '-'));
    }

    /** A new page of the journey: it fits the screen's width and meets WCAG 2.2 AA as axe-core checks it. */
    private void screen(String name) throws IOException {
        browser.visible(By.tagName("h1"));
        screens++;
        browser.screenshot("carer-%s-%02d-%s".formatted(size, ++shot, name));
        assertThat((Boolean) browser.driver.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).as("fits the width: " + name).isTrue();
        assertThat(browser.seriousAccessibilityProblems()).as("axe on " + name).isEmpty();
    }

    private void begin() {
        taps = 0;
        screens = 0;
    }

    private void end(String journey) {
        try {
            String actions = size.equals("phone") ? taps + " taps" : journey.equals("raise") ? "keyboard only, no click"
                    : taps + " clicks";
            Files.writeString(COUNTS, "%s at %s size: %s, %d screens%n".formatted(journey, size, actions, screens),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Instant stored(String sql, String reference) {
        return jdbc.queryForObject(sql, OffsetDateTime.class, reference).toInstant();
    }

    private static Instant uk(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(ServiceTime.ZONE).toInstant();
    }
}
