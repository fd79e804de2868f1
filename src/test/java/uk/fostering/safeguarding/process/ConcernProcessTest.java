package uk.fostering.safeguarding.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
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
import uk.fostering.safeguarding.process.ConcernProcess.Ids;

/**
 * Every path of {@code safeguardingConcern} on an in-memory engine with the model's beans stubbed:
 * the class must cover every flow node and sequence flow (report in target/process-test-coverage).
 */
@Deployment(resources = {"bpmn/safeguardingConcern.bpmn", "bpmn/riskLevel.dmn"})
class ConcernProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
            .builder("process-tests.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

    private static final Duration ACKNOWLEDGE = Duration.ofMinutes(30);
    private static final Duration FURTHER = Duration.ofHours(1);

    private final List<String> emails = new ArrayList<>();
    private final List<String> escalations = new ArrayList<>();

    /** The deadlines bean as the model calls it, with fixed windows. */
    public static class FixedDeadlines {
        public Date completeBy(String taskId, String riskLevel) {
            return Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(8)));
        }

        public String escalationCycle(String taskId, String riskLevel) {
            return "R/" + DateTimeFormatter.ISO_INSTANT.format(ClockUtil.getCurrentTime().toInstant().plus(ACKNOWLEDGE))
                    + "/" + FURTHER;
        }
    }

    @BeforeEach
    void stubBeans() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-30T10:00:00Z")));
        Mocks.register("concernIntake", (ExecutionListener) execution -> { });
        Mocks.register("riskLevelRecorder", (ExecutionListener) execution -> { });
        Mocks.register("taskOutcomeRecorder", (TaskListener) task -> {
            if (task.hasVariable("talkWithChild")) {
                task.getExecution().setVariable("mayTalkWithChild", "YES".equals(task.getVariable("talkWithChild")));
            }
        });
        Mocks.register("notifyByEmail", (JavaDelegate) execution ->
                emails.add(execution.getVariable("notification") + "->" + execution.getVariable("recipient")));
        Mocks.register("escalateTask", (JavaDelegate) execution -> escalations.add((String) execution.getVariable("step")));
        Mocks.register("deadlines", new FixedDeadlines());
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void carerMayTalkWithTheChildAfterAdvice() {
        // given a concern raised about a 14-year-old with two ordinary signs
        ProcessInstance concern = start(14, 2, false, false, false);

        // then the risk is MEDIUM, the SSW's email waits as a job and the carer's record is offered to carol
        assertThat(concern).isWaitingAt(Ids.NOTIFY_SSW, Ids.RECORD_CONCERN).variables().containsEntry("riskLevel", "MEDIUM");
        assertThat(task(Ids.RECORD_CONCERN, concern)).hasCandidateUser("carol").hasDueDate(hoursFromStart(8));
        assertThat(task(Ids.RECORD_CONCERN, concern).getPriority()).isEqualTo(50);
        execute(job(Ids.NOTIFY_SSW, concern));
        assertThat(emails).containsExactly("CONCERN_RAISED->SSW");

        // when carol records and sam advises that she may talk with the child
        complete(task(Ids.RECORD_CONCERN, concern));
        assertThat(task(Ids.ADVISE_CARER, concern)).hasCandidateUser("sam");
        complete(task(Ids.ADVISE_CARER, concern), Map.of("talkWithChild", "YES"));

        // then the social worker is emailed and the carer's talk opens in parallel
        assertThat(concern).isWaitingAt(Ids.NOTIFY_SOCIAL_WORKER, Ids.TALK_WITH_CHILD);
        assertThat(task(Ids.TALK_WITH_CHILD, concern)).hasCandidateUser("carol");
        execute(job(Ids.NOTIFY_SOCIAL_WORKER, concern));
        assertThat(task(Ids.DECIDE_NEXT_STEPS, concern)).hasCandidateUser("sophie");
        complete(task(Ids.DECIDE_NEXT_STEPS, concern), Map.of("decision", "MONITOR"));
        assertThat(concern).isWaitingAt(Ids.TALK_WITH_CHILD);
        complete(task(Ids.TALK_WITH_CHILD, concern));

        // and sam closes the concern once the decision is shared
        assertThat(task(Ids.SHARE_DECISION_AND_CLOSE, concern)).hasCandidateUser("sam");
        complete(task(Ids.SHARE_DECISION_AND_CLOSE, concern));
        assertThat(concern).hasPassed(Ids.TALK_WITH_CHILD, Ids.END_CLOSED).isEnded();
        assertThat(emails).containsExactly("CONCERN_RAISED->SSW", "SOCIAL_WORKER_NOTICE->SOCIAL_WORKER");
    }

    @Test
    void withoutTheSswsAllowanceTheCarerIsNeverAskedToTalkWithTheChild() {
        ProcessInstance concern = start(9, 0, false, false, false);
        assertThat(concern).variables().containsEntry("riskLevel", "HIGH");

        execute(job(Ids.NOTIFY_SSW, concern));
        complete(task(Ids.RECORD_CONCERN, concern));
        complete(task(Ids.ADVISE_CARER, concern), Map.of("talkWithChild", "NO"));
        execute(job(Ids.NOTIFY_SOCIAL_WORKER, concern));
        complete(task(Ids.DECIDE_NEXT_STEPS, concern), Map.of("decision", "NO_FURTHER_ACTION"));
        complete(task(Ids.SHARE_DECISION_AND_CLOSE, concern));

        assertThat(concern).isEnded().hasPassed("Gateway_TalkDone").hasNotPassed(Ids.TALK_WITH_CHILD);
    }

    @Test
    void sswCanHaveTheSocialWorkerToldBeforeAdvising() {
        ProcessInstance concern = start(16, 1, true, false, false);
        assertThat(concern).variables().containsEntry("riskLevel", "HIGH");

        // when the SSW asks for the social worker to be told while the carer is still recording
        runtimeService().correlateMessage(ConcernProcess.Messages.SOCIAL_WORKER_NOTICE_REQUESTED, concern.getBusinessKey());

        // then the early email goes out and the concern's own path carries on untouched
        assertThat(concern).isWaitingAt(Ids.NOTIFY_SOCIAL_WORKER_EARLY, Ids.RECORD_CONCERN);
        execute(job(Ids.NOTIFY_SOCIAL_WORKER_EARLY, concern));
        assertThat(concern).hasPassed("EndEvent_SocialWorkerNoticeSent").isWaitingAt(Ids.RECORD_CONCERN);
        assertThat(emails).contains("SOCIAL_WORKER_NOTICE->SOCIAL_WORKER");
    }

    @Test
    void immediateDangerIsCriticalAndUrgent() {
        ProcessInstance concern = start(14, 0, false, true, false);
        assertThat(task(Ids.RECORD_CONCERN, concern).getPriority()).isEqualTo(80);
        assertThat(concern).variables().containsEntry("riskLevel", "CRITICAL");
    }

    @Test
    void everyHumanStepEscalatesWhenItsTimerTicksWithoutEndingTheStep() {
        ProcessInstance concern = start(14, 3, false, false, true);
        execute(job(Ids.NOTIFY_SSW, concern));

        escalateAndComplete(concern, Ids.RECORD_CONCERN, Map.of());
        escalateAndComplete(concern, Ids.ADVISE_CARER, Map.of("talkWithChild", "YES"));
        execute(job(Ids.NOTIFY_SOCIAL_WORKER, concern));
        escalateAndComplete(concern, Ids.DECIDE_NEXT_STEPS, Map.of("decision", "STRATEGY_DISCUSSION"));
        escalateAndComplete(concern, Ids.TALK_WITH_CHILD, Map.of());
        escalateAndComplete(concern, Ids.SHARE_DECISION_AND_CLOSE, Map.of());

        assertThat(escalations).containsExactly(Ids.RECORD_CONCERN, Ids.ADVISE_CARER, Ids.DECIDE_NEXT_STEPS,
                Ids.TALK_WITH_CHILD, Ids.SHARE_DECISION_AND_CLOSE);
        assertThat(concern).isEnded();
        assertThat(managementService().createJobQuery().processInstanceId(concern.getId()).count()).isZero();
    }

    @Test
    void escalationTimerTicksFirstAtTheAcknowledgementWindowThenEveryFurtherWindow() {
        ProcessInstance concern = start(14, 1, false, false, false);
        Job timer = timerOf(concern, Ids.RECORD_CONCERN);
        assertThat(timer.getDuedate()).isEqualTo(Date.from(startTime().plus(ACKNOWLEDGE)));

        ClockUtil.setCurrentTime(timer.getDuedate());
        managementService().executeJob(timer.getId());

        assertThat(timerOf(concern, Ids.RECORD_CONCERN).getDuedate())
                .isEqualTo(Date.from(startTime().plus(ACKNOWLEDGE).plus(FURTHER)));
        assertThat(concern).isWaitingAt(Ids.RECORD_CONCERN, "Task_EscalateRecordConcern", Ids.NOTIFY_SSW);
    }

    private void escalateAndComplete(ProcessInstance concern, String step, Map<String, Object> form) {
        Job timer = timerOf(concern, step);
        ClockUtil.setCurrentTime(timer.getDuedate());
        managementService().executeJob(timer.getId());
        execute(job("Task_Escalate" + step.substring("Task_".length()), concern));
        assertThat(concern).isWaitingAt(step);
        complete(task(step, concern), form);
    }

    private static Job timerOf(ProcessInstance concern, String step) {
        return managementService().createJobQuery().processInstanceId(concern.getId())
                .activityId("BoundaryEvent_" + step.substring("Task_".length()) + "Escalation").timers().singleResult();
    }

    private static ProcessInstance start(int age, int indicators, boolean missing, boolean danger, boolean serious) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("concernReference", "SC-2026-000001");
        vars.put("childId", "C-1001");
        vars.put("carerId", "carol");
        vars.put("sswId", "sam");
        vars.put("socialWorkerId", "sophie");
        vars.put("childAge", age);
        vars.put("indicatorCount", indicators);
        vars.put("seriousIndicator", serious);
        vars.put("childMissing", missing);
        vars.put("immediateDanger", danger);
        vars.put("urgent", danger);
        return runtimeService().startProcessInstanceByKey(ConcernProcess.KEY, "SC-2026-000001", vars);
    }

    private static Instant startTime() {
        return Instant.parse("2026-11-30T10:00:00Z");
    }

    private static Date hoursFromStart(int hours) {
        return Date.from(startTime().plus(Duration.ofHours(hours)));
    }
}
