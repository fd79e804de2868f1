package uk.fostering.safeguarding.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.fostering.safeguarding.process.NotifiableProcess.Ids;

/**
 * Every path of {@code notifiableEvent} on an in-memory engine with the model's beans stubbed; the class must cover
 * every flow node and sequence flow.
 */
@Deployment(resources = "bpmn/notifiableEvent.bpmn")
class NotifiableEventProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
            .builder("process-tests.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

    private static final String REFERENCE = "SC-2026-000009";
    private static final Instant REGISTERED = Instant.parse("2026-11-28T22:00:00Z");
    private static final Duration WITHIN = Duration.ofHours(24);

    private final RecordingStepBeans beans = new RecordingStepBeans();

    /** The deadlines bean as the model calls it: 24 hours to notify, the first escalation tick after 2 hours. */
    public static class FixedDeadlines {
        public Date completeBy(String step, String riskLevel) {
            return Date.from(ClockUtil.getCurrentTime().toInstant().plus(WITHIN));
        }

        public String escalationCycle(String step, String riskLevel) {
            return "R/" + ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(2)) + "/PT1H";
        }
    }

    @BeforeEach
    void stubBeans() {
        ClockUtil.setCurrentTime(Date.from(REGISTERED));
        beans.register(NotifiableProcess.Beans.NOTIFICATION_RECORDER, NotifiableProcess.FormFields.ALL,
                new FixedDeadlines());
    }

    @AfterEach
    void resetClockAndBeans() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void theRegisteredManagerNotifiesOfstedAndThePlacingAuthorityWithinADay() {
        // given a notifiable event entered in the register on a Saturday night
        ProcessInstance event = start();

        // then both notifications wait for the registered manager, due 24 hours later, weekend or not
        assertThat(event).isWaitingAt(Ids.NOTIFY_OFSTED, Ids.NOTIFY_PLACING_AUTHORITY);
        assertThat(task(Ids.NOTIFY_OFSTED, event)).hasCandidateUser("rachel")
                .hasDueDate(Date.from(REGISTERED.plus(WITHIN)))
                .hasName("Notify Ofsted of a child missing from care: " + REFERENCE + ", C-1001");
        assertThat(task(Ids.NOTIFY_PLACING_AUTHORITY, event)).hasCandidateUser("rachel")
                .hasName("Notify the placing authority of a child missing from care: " + REFERENCE + ", C-1001");

        // when she records each, in either order, the event's notifications are done
        complete(task(Ids.NOTIFY_PLACING_AUTHORITY, event));
        assertThat(event).isWaitingAt(Ids.NOTIFY_OFSTED);
        complete(task(Ids.NOTIFY_OFSTED, event));
        assertThat(event).hasPassed(Ids.END).isEnded();
        assertThat(beans.recorded).containsExactly(Ids.NOTIFY_PLACING_AUTHORITY, Ids.NOTIFY_OFSTED);
        assertThat(beans.escalations).isEmpty();
    }

    @Test
    void aNotificationLeftUnacknowledgedEscalatesLikeEveryStep() {
        // given both notifications left alone until their escalation timers tick
        ProcessInstance event = start();
        for (String step : List.of(Ids.NOTIFY_OFSTED, Ids.NOTIFY_PLACING_AUTHORITY)) {
            Job timer = timer("BoundaryEvent_" + step.substring("Task_".length()) + "Escalation", event);
            ClockUtil.setCurrentTime(timer.getDuedate());
            managementService().executeJob(timer.getId());
            execute(job("Task_Escalate" + step.substring("Task_".length()), event));
            // the steps stay open: an escalation tells people, it takes nothing away
            assertThat(event).isWaitingAt(step);
        }
        assertThat(beans.escalations).containsExactly(Ids.NOTIFY_OFSTED, Ids.NOTIFY_PLACING_AUTHORITY);

        // when both are then recorded, no timer outlives the event
        complete(task(Ids.NOTIFY_OFSTED, event));
        complete(task(Ids.NOTIFY_PLACING_AUTHORITY, event));
        assertThat(event).hasPassed("EndEvent_NotifyOfstedEscalated", "EndEvent_NotifyPlacingAuthorityEscalated", Ids.END)
                .isEnded();
        assertThat(managementService().createJobQuery().processInstanceId(event.getId()).timers().count()).isZero();
    }

    @Test
    void eachNotificationEmailsTheRegisteredManagerOnceItHasOpened() {
        // given a notifiable event whose two steps have just opened
        ProcessInstance event = start();

        // when each step's email job runs, the registered manager is told of it
        for (String step : List.of(Ids.NOTIFY_OFSTED, Ids.NOTIFY_PLACING_AUTHORITY)) {
            execute(job(ConcernProcessTest.opened(step), event));
            execute(job(ConcernProcessTest.emailWaiting(step), event));
            assertThat(event).hasPassed("EndEvent_" + step.substring("Task_".length()) + "WaitingEmailed");
            complete(task(step, event));
        }

        // then each step told her once, and the event is done
        assertThat(beans.emails).containsExactly("STEP_WAITING->" + Ids.NOTIFY_OFSTED, "STEP_WAITING->" + Ids.NOTIFY_PLACING_AUTHORITY);
        assertThat(event).isEnded();
    }

    private static Job timer(String activityId, ProcessInstance event) {
        return managementService().createJobQuery().processInstanceId(event.getId()).activityId(activityId)
                .timers().singleResult();
    }

    /** Starts the steps as the service does: the register's row, the concern's facts and the registered manager. */
    private static ProcessInstance start() {
        Map<String, Object> vars = new HashMap<>();
        vars.put(ConcernProcess.Vars.REFERENCE.name(), REFERENCE);
        vars.put(ConcernProcess.Vars.CHILD_ID.name(), "C-1001");
        vars.put(ConcernProcess.Vars.RISK_LEVEL.name(), "HIGH");
        vars.put(ConcernProcess.Vars.URGENT.name(), false);
        vars.put(NotifiableProcess.CodeVars.EVENT_ID.name(), 7L);
        vars.put(NotifiableProcess.Vars.EVENT_NAME.name(), "a child missing from care");
        vars.put(NotifiableProcess.Vars.REGISTERED_MANAGER_ID.name(), "rachel");
        return runtimeService().startProcessInstanceByKey(NotifiableProcess.KEY, REFERENCE, vars);
    }
}
