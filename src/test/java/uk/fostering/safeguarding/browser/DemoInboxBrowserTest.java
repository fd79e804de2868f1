package uk.fostering.safeguarding.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.context.ConfigurableApplicationContext;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.demo.DemoWithMail;

/**
 * The demo inbox on a phone: sam, signed in to Tasklist, finds the email about carol's concern from the start page
 * with its link. An application of its own (tag "application" too), with the demo mail server on.
 */
@Tag("browser")
@Tag("application")
@ExtendWith(BrowserExtension.class)
class DemoInboxBrowserTest {

    static ConfigurableApplicationContext app;
    static String base;

    @BeforeAll
    static void startTheDemo() {
        app = DemoWithMail.start();
        base = "http://localhost:" + DemoWithMail.port(app);
    }

    @AfterAll
    static void stopTheDemo() {
        app.close();
    }

    @Test
    void theSswReadsHisEmailOnAPhoneFromTheStartPage(Browser browser) throws Exception {
        String reference = DemoWithMail.raiseAsCarol(new TestConcerns(app.getBean(ProcessEngine.class)),
                "Seen getting into a car with older boys");

        browser.signInToTasklist(base, "sam");
        browser.phoneSize();
        browser.driver.get(base + "/");
        browser.press(By.cssSelector("a[href='/demo/inbox']"));

        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Your demo inbox");
        assertThat(browser.visibleText()).contains(reference).doesNotContain("older boys");
        Long scrollWidth = (Long) browser.driver.executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth).as("nothing wider than the phone").isLessThanOrEqualTo(390L);
        browser.screenshot("20-demo-inbox-phone");
        assertThat(browser.seriousAccessibilityProblems()).isEmpty();

        // the email's link, as the email gives it, to the concern's page
        assertThat(browser.driver.findElement(By.cssSelector(".inbox a")).getAttribute("href"))
                .isEqualTo("http://localhost:8080/concerns/" + reference);
    }
}
