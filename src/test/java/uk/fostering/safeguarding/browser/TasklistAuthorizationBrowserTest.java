package uk.fostering.safeguarding.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;

/** Tasklist applies the engine's authorizations: another carer neither lists nor opens carol's task. */
@Tag("browser")
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class TasklistAuthorizationBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    private Browser browser;

    @BeforeEach
    void useBrowser(Browser browser) {
        this.browser = browser;
    }

    @Test
    void frankCannotSeeCarolsTask() {
        String base = "http://localhost:" + port;
        TestConcerns tasklist = new TestConcerns(engine);
        String reference = tasklist.raiseInTasklist("carol", TestConcerns.startForm("C-1001", "Seen with older men at night"))
                .getBusinessKey();
        String taskId = tasklist.openTask(reference, Ids.RECORD_CONCERN).getId();
        String link = base + "/camunda/app/tasklist/default/#/?task=" + taskId;

        // carol, to whom the step is offered, opens it from her email's link and may claim it
        browser.signInToTasklist(base, "carol");
        browser.driver.get(link);
        browser.visible(By.cssSelector("button[ng-click='claim()']"));
        browser.screenshot("08-tasklist-carol-own-task");

        // frank, another carer, follows the same link: no task to claim, and his list never shows it
        browser.signInToTasklist(base, "frank");
        browser.driver.get(link);
        browser.visible(By.cssSelector(".start-process-action"));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(
                () -> browser.driver.findElements(By.cssSelector("button[ng-click='claim()']")).isEmpty());
        browser.screenshot("09-tasklist-frank-no-access");
        // Tasklist answers as for a task that does not exist, exactly as the API does for a concern
        assertThat(browser.visibleText()).contains("does not exist");
        assertThat(browser.driver.getPageSource()).doesNotContain(reference);
        assertThat(browser.driver.findElements(By.cssSelector("[href*='" + taskId + "']"))).isEmpty();
    }

    @Test
    void nobodyIsOfferedCreateTaskWhichTheEngineRefusesThem() {
        String base = "http://localhost:" + port;
        // a carer and a manager: "Start process" is there, "Create task" (a task of no concern) is not
        for (String user : java.util.List.of("carol", "mark")) {
            browser.signInToTasklist(base, user);
            browser.visible(By.cssSelector(".start-process-action"));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(
                    () -> browser.driver.findElements(By.cssSelector(".create-task-action")).isEmpty());
            assertThat(browser.visibleText()).doesNotContain("Create task");
        }
        browser.screenshot("10-tasklist-no-create-task");
    }
}
