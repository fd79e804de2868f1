package uk.fostering.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.fostering.safeguarding.concern.ConcernRepository;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;

/** The embedded default keeps its data in files: a concern left half-way is all there after a restart. */
@Tag("application")
class RestartKeepsEverythingTest {

    @TempDir
    Path dataDir;

    @Test
    void concernTasksAndJobsSurviveARestart() {
        String reference;
        try (ConfigurableApplicationContext app = start()) {
            TestConcerns tasklist = new TestConcerns(app.getBean(ProcessEngine.class));
            reference = tasklist.raiseInTasklist("carol", TestConcerns.startForm("C-1001", "Seen near the station at night"))
                    .getBusinessKey();
            tasklist.complete(reference, Ids.RECORD_CONCERN, Map.of("recordFacts", "Came back at 2am, no coat"));
        }

        try (ConfigurableApplicationContext app = start()) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            assertThat(app.getBean(ConcernRepository.class).findByReference(reference)).get()
                    .satisfies(c -> assertThat(c.getRecordFacts()).isEqualTo("Came back at 2am, no coat"));
            TestConcerns tasklist = new TestConcerns(engine);
            assertThat(tasklist.responsible(tasklist.openTask(reference, Ids.ADVISE_CARER))).isEqualTo("sam");
            String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).processDefinitionKey(ConcernProcess.KEY)
                    .singleResult().getId();
            assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance).messages().count())
                    .as("the SSW's email job").isEqualTo(1);
            assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance)
                    .activityId("BoundaryEvent_AdviseCarerEscalation").timers().count()).as("the advice's escalation timer")
                    .isEqualTo(1);
            // a restart creates no duplicate demo people or children
            assertThat(engine.getIdentityService().createUserQuery().userId("carol").count()).isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        // its own engine name: closing an engine unregisters its name JVM-wide, and the other
        // tests' application (still cached) serves Camunda's REST API under "default"
        return new SpringApplicationBuilder(SafeguardingApplication.class).run(
                "--camunda.bpm.process-engine-name=restartTest",
                "--server.port=0",
                "--safeguarding.data-dir=" + dataDir,
                "--camunda.bpm.job-execution.enabled=false",
                "--spring.mail.port=" + TestMail.PORT);
    }
}
