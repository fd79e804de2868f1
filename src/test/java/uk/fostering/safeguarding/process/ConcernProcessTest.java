package uk.fostering.safeguarding.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.fostering.safeguarding.escalation.Step;
import uk.fostering.safeguarding.process.ConcernProcess.Beans;
import uk.fostering.safeguarding.process.ConcernProcess.FollowUpFields;
import uk.fostering.safeguarding.process.ConcernProcess.FormFields;
import uk.fostering.safeguarding.process.ConcernProcess.Inputs;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;
import uk.fostering.safeguarding.process.ConcernProcess.Messages;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;

/**
 * Every path of {@code safeguardingConcern} on an in-memory engine with the model's beans stubbed
 * (and a stand-in for the missing episode it calls, which {@code MissingEpisodeProcessTest} covers):
 * the class must cover every flow node and sequence flow (report in target/process-test-coverage).
 * The engine is configured by {@code process-tests.camunda.cfg.xml}: not {@code camunda.cfg.xml},
 * because Camunda would build an engine from that name for the Spring tests too.
 */
@Deployment(resources = {"bpmn/safeguardingConcern.bpmn", "bpmn/riskLevel.dmn", "process-stubs/missingEpisode.bpmn"})
class ConcernProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
            .builder("process-tests.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

    private static final String REFERENCE = "SC-2026-000001";
    private static final Instant START = Instant.parse("2026-11-30T10:00:00Z");
    private static final Duration ACKNOWLEDGE = Duration.ofMinutes(30);
    private static final Duration FURTHER = Duration.ofHours(1);
    private static final Duration COMPLETE = Duration.ofHours(8);
    private static final Duration REVIEW_AFTER = Duration.ofDays(14);
    private static final Duration ASSESSMENT_DUE_AFTER = Duration.ofDays(7);
    private static final List<String> HUMAN_STEPS = List.of(Ids.RECORD_CONCERN, Ids.ADVISE_CARER,
            Ids.DECIDE_NEXT_STEPS, Ids.TALK_WITH_CHILD, Ids.SHARE_DECISION_AND_CLOSE);
    /** A HIGH or CRITICAL concern with no further action decided: its own steps, then a manager's sign-off. */
    private static final List<String> STEPS_AT_HIGH = List.of(Ids.RECORD_CONCERN, Ids.ADVISE_CARER,
            Ids.DECIDE_NEXT_STEPS, Ids.TALK_WITH_CHILD, Ids.SHARE_DECISION_AND_CLOSE, Ids.SIGN_OFF_CLOSURE);
    /** The steps that email their people when they open; the two others have their own email already. */
    private static final List<String> EMAILED_WHEN_OPEN = List.of(Ids.RECORD_CONCERN, Ids.TALK_WITH_CHILD,
            Ids.SHARE_DECISION_AND_CLOSE);

    private final List<String> emails = new ArrayList<>();
    private final List<String> escalations = new ArrayList<>();
    private final FixedDeadlines deadlines = new FixedDeadlines();
    private final OnDutyStub onDuty = new OnDutyStub();

    /** The deadlines bean as the model calls it: fixed windows, and a note of the risk level it was given. */
    public static class FixedDeadlines {
        final List<String> calls = new ArrayList<>();

        public Date completeBy(String step, String riskLevel) {
            calls.add("completeBy " + step + " " + riskLevel);
            return Date.from(ClockUtil.getCurrentTime().toInstant().plus(COMPLETE));
        }

        public String escalationCycle(String step, String riskLevel) {
            calls.add("escalationCycle " + step + " " + riskLevel);
            return "R/" + DateTimeFormatter.ISO_INSTANT.format(ClockUtil.getCurrentTime().toInstant().plus(ACKNOWLEDGE))
                    + "/" + FURTHER;
        }
    }

    @BeforeEach
    void stubBeans() {
        ClockUtil.setCurrentTime(Date.from(START));
        Mocks.register(Beans.CONCERN_INTAKE, (ExecutionListener) ConcernProcessTest::intake);
        Mocks.register(Beans.RISK_LEVEL_RECORDER, (ExecutionListener) execution -> { });
        Mocks.register(Beans.TASK_OUTCOME_RECORDER, (TaskListener) task -> {
            // like the real recorder: the SSW's YES/NO becomes the routing fact, the form's text leaves the process
            if (task.hasVariable(FormFields.TALK_WITH_CHILD)) {
                task.getExecution().setVariable(Vars.MAY_TALK_WITH_CHILD.name(),
                        "YES".equals(task.getVariable(FormFields.TALK_WITH_CHILD)));
            }
            // and the decision's follow-up, with the date it needs
            if (Ids.DECIDE_NEXT_STEPS.equals(task.getTaskDefinitionKey())) {
                String decision = (String) task.getVariable(Vars.DECISION.name());
                Vars.FOLLOW_UP.set(task.getExecution(), decision);
                Vars.REVIEW_AT.set(task.getExecution(), "MONITOR".equals(decision) ? later(REVIEW_AFTER) : null);
                Vars.ASSESSMENT_DUE_AT.set(task.getExecution(),
                        "EXPLOITATION_RISK_ASSESSMENT".equals(decision) ? later(ASSESSMENT_DUE_AFTER) : null);
            }
            task.getExecution().removeVariables(FormFields.ALL);
        });
        Mocks.register(Beans.FOLLOW_UP_RECORDER, (TaskListener) task -> {
            // like the real one: a review keeps monitoring (with the next date) or ends it; a manager signs off or not
            if (Ids.REVIEW_MONITORING.equals(task.getTaskDefinitionKey())) {
                boolean goesOn = "CONTINUE".equals(task.getVariable(FollowUpFields.MONITORING_NEXT));
                Vars.KEEP_MONITORING.set(task.getExecution(), goesOn);
                if (goesOn) {
                    Vars.REVIEW_AT.set(task.getExecution(), later(REVIEW_AFTER));
                }
            }
            if (Ids.SIGN_OFF_CLOSURE.equals(task.getTaskDefinitionKey())) {
                Vars.CLOSING_SIGNED_OFF.set(task.getExecution(), "SIGN_OFF".equals(task.getVariable(FollowUpFields.SIGN_OFF)));
            }
            task.getExecution().removeVariables(FollowUpFields.ALL);
        });
        Mocks.register(Beans.PEOPLE, new FosteringManagers());
        Mocks.register(Beans.NOTIFY_BY_EMAIL, (JavaDelegate) execution -> emails.add(emailOf(execution)));
        Mocks.register(Beans.ESCALATE_TASK, (JavaDelegate) execution -> escalations.add(Inputs.STEP.get(execution)));
        Mocks.register(Beans.DEADLINES, deadlines);
        Mocks.register(Beans.ON_DUTY, onDuty);
    }

    /** The people bean as the sign-off's candidates call it. */
    public static class FosteringManagers {
        public List<String> membersOf(String group) {
            assertThat(group).isEqualTo("fostering-managers");
            return List.of("mark", "rachel");
        }
    }

    private static Date later(Duration after) {
        return Date.from(ClockUtil.getCurrentTime().toInstant().plus(after));
    }

    @AfterEach
    void resetClockAndBeans() {
        ClockUtil.reset();
        Mocks.reset();
    }

    /** What the email step was asked to send: a notice to its recipients, or a step's notice to its people. */
    static String emailOf(DelegateExecution execution) {
        return Inputs.NOTIFICATION.get(execution) + "->" + (execution.hasVariableLocal(Inputs.STEP.name())
                ? Inputs.STEP.get(execution) : Inputs.RECIPIENT.get(execution));
    }

    /** Stub of the intake: the routing facts the real one derives from the record, with the same defaults. */
    private static void intake(DelegateExecution execution) {
        defaultTo(execution, Vars.REFERENCE.name(), REFERENCE);
        defaultTo(execution, Vars.CARER_ID.name(), "carol");
        defaultTo(execution, Vars.SSW_ID.name(), "sam");
        defaultTo(execution, Vars.SOCIAL_WORKER_ID.name(), "sophie");
        defaultTo(execution, Vars.CHILD_AGE.name(), 14);
        defaultTo(execution, Vars.INDICATOR_COUNT.name(), 0);
        defaultTo(execution, Vars.SERIOUS_INDICATOR.name(), false);
        defaultTo(execution, Vars.CHILD_MISSING.name(), false);
        defaultTo(execution, Vars.IMMEDIATE_DANGER.name(), false);
        execution.setVariable(Vars.URGENT.name(), execution.getVariable(Vars.IMMEDIATE_DANGER.name()));
    }

    private static void defaultTo(DelegateExecution execution, String name, Object value) {
        if (!execution.hasVariable(name)) {
            execution.setVariable(name, value);
        }
    }

    @Test
    void carerMayTalkWithTheChildAfterAdvice() {
        // given a concern raised about a 14-year-old with two ordinary signs
        ProcessInstance concern = start(Map.of(Vars.CHILD_AGE.name(), 14, Vars.INDICATOR_COUNT.name(), 2));

        // then the risk is MEDIUM, the SSW's email waits as a job and the carer's record is offered to carol
        assertThat(concern).isWaitingAt(Ids.NOTIFY_SSW, Ids.RECORD_CONCERN).variables().containsEntry(Vars.RISK_LEVEL.name(), "MEDIUM");
        assertThat(task(Ids.RECORD_CONCERN, concern)).hasCandidateUser("carol").hasDueDate(Date.from(START.plus(COMPLETE)));
        execute(job(Ids.NOTIFY_SSW, concern));
        assertThat(emails).containsExactly("CONCERN_RAISED->SSW");
        assertThat(concern).hasPassed("EndEvent_SswToldOfConcern");

        // when carol records the concern
        complete(task(Ids.RECORD_CONCERN, concern), Map.of(FormFields.RECORD_FACTS, "what carol saw"));

        // then the advice is offered to her SSW, sam, and the record's text has left the process
        assertThat(task(Ids.ADVISE_CARER, concern)).hasCandidateUser("sam");
        assertThat(concern).variables().doesNotContainKey(FormFields.RECORD_FACTS);

        // when sam advises that carol may talk with the child
        complete(task(Ids.ADVISE_CARER, concern), Map.of(FormFields.TALK_WITH_CHILD, "YES"));

        // then only the social worker's email waits: nobody talks with the child before the social worker decides
        assertThat(concern).isWaitingAtExactly(Ids.NOTIFY_SOCIAL_WORKER)
                .variables().containsEntry(Vars.MAY_TALK_WITH_CHILD.name(), true);

        // when the email goes out
        execute(job(Ids.NOTIFY_SOCIAL_WORKER, concern));

        // then the decision is offered to the child's social worker, sophie, and still no talk is open
        assertThat(task(Ids.DECIDE_NEXT_STEPS, concern)).hasCandidateUser("sophie");
        assertThat(concern).hasNotPassed(Ids.TALK_WITH_CHILD).isNotWaitingAt(Ids.TALK_WITH_CHILD);

        // when sophie decides, carol's talk opens as sam advised; and then sam closes the concern
        complete(task(Ids.DECIDE_NEXT_STEPS, concern), Map.of(Vars.DECISION.name(), "NO_FURTHER_ACTION"));
        assertThat(concern).isWaitingAt(Ids.TALK_WITH_CHILD);
        assertThat(task(Ids.TALK_WITH_CHILD, concern)).hasCandidateUser("carol");
        complete(task(Ids.TALK_WITH_CHILD, concern), Map.of(FormFields.TALK_NOTES, "what the child said"));
        assertThat(task(Ids.SHARE_DECISION_AND_CLOSE, concern)).hasCandidateUser("sam");
        complete(task(Ids.SHARE_DECISION_AND_CLOSE, concern), Map.of(FormFields.DECISION_SHARED, true));

        // then the concern is closed, each person told once
        assertThat(concern).hasPassed(Ids.TALK_WITH_CHILD, "Gateway_TalkDone", Ids.END_CLOSED).isEnded();
        assertThat(emails).containsExactly("CONCERN_RAISED->SSW", "SOCIAL_WORKER_NOTICE->SOCIAL_WORKER");
    }

    @Test
    void everyStepThatWaitsForSomeoneEmailsThemOnceItHasOpened() {
        // given a concern whose carer may talk with the child
        ProcessInstance concern = start(Map.of(Vars.INDICATOR_COUNT.name(), 1));
        execute(job(Ids.NOTIFY_SSW, concern));

        // when each step opens, its email follows as a job of its own (the task exists by then, so it can be linked)
        for (String step : HUMAN_STEPS) {
            assertThat(concern).isWaitingAt(step);
            if (EMAILED_WHEN_OPEN.contains(step)) {
                execute(job(opened(step), concern));
                assertThat(concern).isWaitingAt(step, emailWaiting(step));
                execute(job(emailWaiting(step), concern));
                assertThat(concern).hasPassed(emailWaiting(step), "EndEvent_" + name(step) + "WaitingEmailed");
            } else {
                // the SSW's new-concern email and the social worker's notice are these steps' emails already
                assertThat(managementService().createJobQuery().processInstanceId(concern.getId())
                        .activityId(opened(step)).count()).isZero();
            }
            completeStep(concern, step);
        }

        // then each person was told once per step, the open steps' emails after the concern's own
        assertThat(concern).isEnded();
        assertThat(emails).containsExactly("CONCERN_RAISED->SSW", "STEP_WAITING->" + Ids.RECORD_CONCERN,
                "SOCIAL_WORKER_NOTICE->SOCIAL_WORKER", "STEP_WAITING->" + Ids.TALK_WITH_CHILD,
                "STEP_WAITING->" + Ids.SHARE_DECISION_AND_CLOSE);
    }

    @Test
    void aStepDoneBeforeItsEmailTimerFiredTakesTheTimerWithIt() {
        // given a concern whose record is open, its email timer not fired yet
        ProcessInstance concern = start(Map.of());
        assertThat(managementService().createJobQuery().activityId(opened(Ids.RECORD_CONCERN)).count()).isOne();

        // when the carer records at once
        complete(task(Ids.RECORD_CONCERN, concern));

        // then nothing is left to email about that step
        assertThat(managementService().createJobQuery().activityId(opened(Ids.RECORD_CONCERN)).count()).isZero();
        assertThat(managementService().createJobQuery().activityId(emailWaiting(Ids.RECORD_CONCERN)).count()).isZero();
    }

    @Test
    void withoutTheSswsAllowanceTheCarerIsNeverAskedToTalkWithTheChild() {
        // given a concern about a 9-year-old, with no sign ticked
        ProcessInstance concern = start(Map.of(Vars.CHILD_AGE.name(), 9));
        assertThat(concern).variables().containsEntry(Vars.RISK_LEVEL.name(), "HIGH");
        execute(job(Ids.NOTIFY_SSW, concern));
        acknowledgeIfUrgent(concern);
        complete(task(Ids.RECORD_CONCERN, concern));

        // when the SSW says the carer may not talk with the child yet
        complete(task(Ids.ADVISE_CARER, concern), Map.of(FormFields.TALK_WITH_CHILD, "NO"));

        // then only the social worker's side remains, and closing follows the decision directly
        assertThat(concern).isWaitingAt(Ids.NOTIFY_SOCIAL_WORKER).variables().containsEntry(Vars.MAY_TALK_WITH_CHILD.name(), false);
        execute(job(Ids.NOTIFY_SOCIAL_WORKER, concern));
        complete(task(Ids.DECIDE_NEXT_STEPS, concern), Map.of(Vars.DECISION.name(), "NO_FURTHER_ACTION"));
        complete(task(Ids.SHARE_DECISION_AND_CLOSE, concern));
        signOff(concern);
        assertThat(concern).isEnded().hasPassed("Gateway_TalkDone").hasNotPassed(Ids.TALK_WITH_CHILD, Ids.FOLLOW_UP);
    }

    @Test
    void sswCanHaveTheSocialWorkerToldBeforeAdvising() {
        // given a concern about a missing 16-year-old, the carer still recording
        ProcessInstance concern = start(Map.of(Vars.CHILD_AGE.name(), 16, Vars.INDICATOR_COUNT.name(), 1, Vars.CHILD_MISSING.name(), true));
        assertThat(concern).variables().containsEntry(Vars.RISK_LEVEL.name(), "HIGH");

        // when the SSW asks for the social worker to be told now
        runtimeService().correlateMessage(Messages.SOCIAL_WORKER_NOTICE_REQUESTED, REFERENCE);

        // then the early email waits as a job beside the carer's record, and goes out without ending anything
        assertThat(concern).isWaitingAt(Ids.NOTIFY_SOCIAL_WORKER_EARLY, Ids.RECORD_CONCERN, Ids.NOTIFY_SSW);
        execute(job(Ids.NOTIFY_SOCIAL_WORKER_EARLY, concern));
        assertThat(concern).hasPassed("EndEvent_SocialWorkerNoticeSent").isWaitingAt(Ids.RECORD_CONCERN, Ids.NOTIFY_SSW);
        assertThat(emails).containsExactly("SOCIAL_WORKER_NOTICE->SOCIAL_WORKER");
    }

    @Test
    void anEarlyNoticeAskedForAfterTheAdviceLeavesTheConcernToCarryOn() {
        // given a concern whose advice is written, the social worker's email still waiting as a job
        ProcessInstance concern = start(Map.of(Vars.INDICATOR_COUNT.name(), 1));
        execute(job(Ids.NOTIFY_SSW, concern));
        complete(task(Ids.RECORD_CONCERN, concern));
        complete(task(Ids.ADVISE_CARER, concern), Map.of(FormFields.TALK_WITH_CHILD, "NO"));

        // when the SSW also asks for the social worker to be told now
        runtimeService().correlateMessage(Messages.SOCIAL_WORKER_NOTICE_REQUESTED, REFERENCE);

        // then both email steps run (the real mailer sends the notice once: its ledger skips the second)
        assertThat(concern).isWaitingAt(Ids.NOTIFY_SOCIAL_WORKER, Ids.NOTIFY_SOCIAL_WORKER_EARLY);
        execute(job(Ids.NOTIFY_SOCIAL_WORKER_EARLY, concern));
        execute(job(Ids.NOTIFY_SOCIAL_WORKER, concern));
        assertThat(emails).containsExactly("CONCERN_RAISED->SSW", "SOCIAL_WORKER_NOTICE->SOCIAL_WORKER",
                "SOCIAL_WORKER_NOTICE->SOCIAL_WORKER");

        // and the concern goes on to the decision and closes as usual
        complete(task(Ids.DECIDE_NEXT_STEPS, concern), Map.of(Vars.DECISION.name(), "EXPLOITATION_RISK_ASSESSMENT"));
        complete(task(Ids.ASSESS_EXPLOITATION_RISK, concern));
        complete(task(Ids.SHARE_DECISION_AND_CLOSE, concern));
        assertThat(concern).hasPassed("EndEvent_SocialWorkerNoticeSent", Ids.END_CLOSED).isEnded();
    }

    @Test
    void immediateDangerIsCriticalAndEveryStepIsUrgent() {
        // given a concern raised with the child in danger right now
        ProcessInstance concern = start(Map.of(Vars.IMMEDIATE_DANGER.name(), true));

        // then it is CRITICAL and urgent, and every human step on its way has priority 80
        assertThat(concern).variables().containsEntry(Vars.RISK_LEVEL.name(), "CRITICAL").containsEntry(Vars.URGENT.name(), true);
        assertThat(prioritiesWalkingTheWholeConcern(concern)).containsOnly(80).hasSize(STEPS_AT_HIGH.size());
    }

    @Test
    void withoutImmediateDangerEveryStepHasTheUsualPriority() {
        // given a concern with no immediate danger
        ProcessInstance concern = start(Map.of(Vars.INDICATOR_COUNT.name(), 3));

        // then it is not urgent, and every human step has priority 50
        assertThat(concern).variables().containsEntry(Vars.RISK_LEVEL.name(), "HIGH").containsEntry(Vars.URGENT.name(), false);
        assertThat(prioritiesWalkingTheWholeConcern(concern)).containsOnly(50).hasSize(STEPS_AT_HIGH.size());
    }

    @Test
    void theDecidedRiskLevelSetsEveryStepsDeadlines() {
        // given a 15-year-old with one serious sign, so the decision says HIGH
        ProcessInstance concern = start(Map.of(Vars.CHILD_AGE.name(), 15, Vars.INDICATOR_COUNT.name(), 1, Vars.SERIOUS_INDICATOR.name(), true));

        // when the concern is walked through every human step
        prioritiesWalkingTheWholeConcern(concern);

        // then each step's due date and escalation timer were worked out from that level
        assertThat(deadlines.calls).containsExactlyInAnyOrderElementsOf(Stream.concat(STEPS_AT_HIGH.stream(),
                Stream.of(Ids.ACKNOWLEDGE_URGENT_CONCERN)).flatMap(step -> List.of("completeBy " + step + " HIGH", "escalationCycle " + step + " HIGH").stream())
                .toList());
    }

    @Test
    void everyHumanStepEscalatesWhenItsTimerTicksWithoutEndingTheStep() {
        // given a concern, each of whose steps is left until its escalation timer ticks
        ProcessInstance concern = start(Map.of(Vars.INDICATOR_COUNT.name(), 3, Vars.SERIOUS_INDICATOR.name(), true));
        execute(job(Ids.NOTIFY_SSW, concern));
        acknowledgeIfUrgent(concern);

        // when every timer ticks once before its step is done
        escalateAndComplete(concern, Ids.RECORD_CONCERN, Map.of());
        escalateAndComplete(concern, Ids.ADVISE_CARER, Map.of(FormFields.TALK_WITH_CHILD, "YES"));
        execute(job(Ids.NOTIFY_SOCIAL_WORKER, concern));
        escalateAndComplete(concern, Ids.DECIDE_NEXT_STEPS, Map.of(Vars.DECISION.name(), "STRATEGY_DISCUSSION"));
        escalateAndComplete(concern, Ids.CONVENE_STRATEGY_DISCUSSION, Map.of());
        escalateAndComplete(concern, Ids.TALK_WITH_CHILD, Map.of());
        escalateAndComplete(concern, Ids.SHARE_DECISION_AND_CLOSE, Map.of());
        escalateAndComplete(concern, Ids.SIGN_OFF_CLOSURE, Map.of(FollowUpFields.SIGN_OFF, "SIGN_OFF"));

        // then each step escalated once, stayed open until done, and no timer outlives the concern
        assertThat(escalations).containsExactly(Ids.RECORD_CONCERN, Ids.ADVISE_CARER, Ids.DECIDE_NEXT_STEPS,
                Ids.CONVENE_STRATEGY_DISCUSSION, Ids.TALK_WITH_CHILD, Ids.SHARE_DECISION_AND_CLOSE, Ids.SIGN_OFF_CLOSURE);
        assertThat(concern).isEnded();
        assertThat(managementService().createJobQuery().processInstanceId(concern.getId()).count()).isZero();
    }

    @Test
    void escalationTimerTicksFirstAtTheAcknowledgementWindowThenEveryFurtherWindow() {
        // given a concern whose record nobody has acknowledged
        ProcessInstance concern = start(Map.of(Vars.INDICATOR_COUNT.name(), 1));
        Job timer = timerOf(concern, Ids.RECORD_CONCERN);
        assertThat(timer.getDuedate()).isEqualTo(Date.from(START.plus(ACKNOWLEDGE)));

        // when the acknowledgement window ends
        ClockUtil.setCurrentTime(timer.getDuedate());
        managementService().executeJob(timer.getId());

        // then the escalation runs beside the still-open step, and the timer waits one further window
        assertThat(timerOf(concern, Ids.RECORD_CONCERN).getDuedate())
                .isEqualTo(Date.from(START.plus(ACKNOWLEDGE).plus(FURTHER)));
        assertThat(concern).isWaitingAt(Ids.RECORD_CONCERN, "Task_EscalateRecordConcern", Ids.NOTIFY_SSW);
    }

    @Test
    void aConcernRaisedWithTheChildMissingRunsAnEpisodeBesideItsOwnSteps() {
        // given a concern raised while the child is missing
        ProcessInstance concern = start(Map.of(Vars.CHILD_AGE.name(), 15, Vars.CHILD_MISSING.name(), true));

        // then an episode runs beside the carer's record, with the concern's reference and people
        assertThat(concern).isWaitingAt(MissingProcess.Ids.EPISODE_AT_RAISE, Ids.RECORD_CONCERN, Ids.NOTIFY_SSW);
        ProcessInstance episode = episodeOf(concern);
        assertThat(episode).hasBusinessKey(REFERENCE).variables().containsEntry(Vars.CARER_ID.name(), "carol")
                .containsEntry(Vars.SSW_ID.name(), "sam").containsEntry(Vars.SOCIAL_WORKER_ID.name(), "sophie")
                .containsEntry(Vars.RISK_LEVEL.name(), "HIGH");

        // when the concern's own steps are all done, it still waits for the episode; and ends with it
        walkToTheEnd(concern, Ids.RECORD_CONCERN);
        assertThat(concern).hasPassed(Ids.END_CLOSED).isWaitingAtExactly(MissingProcess.Ids.EPISODE_AT_RAISE);
        runtimeService().correlateMessage(Messages.CHILD_RETURNED, REFERENCE);
        assertThat(concern).hasPassed("EndEvent_MissingAtRaiseClosed").isEnded();
    }

    @ParameterizedTest
    @ValueSource(strings = {Ids.RECORD_CONCERN, Ids.ADVISE_CARER, Ids.DECIDE_NEXT_STEPS, Ids.TALK_WITH_CHILD,
            Ids.SHARE_DECISION_AND_CLOSE})
    void aChildMissingLaterStartsAnEpisodeWhereverTheConcernWaits(String waitingAt) {
        // given a concern waiting at one of its steps
        ProcessInstance concern = start(Map.of(Vars.INDICATOR_COUNT.name(), 1));
        walkTo(concern, waitingAt);

        // when the child is reported missing
        runtimeService().createMessageCorrelation(Messages.CHILD_MISSING).processInstanceBusinessKey(REFERENCE)
                .correlateWithResult();

        // then an episode starts beside the step, which stays open
        assertThat(concern).isWaitingAt(waitingAt, MissingProcess.Ids.EPISODE_LATER);
        assertThat(episodeOf(concern)).hasBusinessKey(REFERENCE);

        // and the concern's path completes normally; the process ends once the child is back
        walkToTheEnd(concern, waitingAt);
        assertThat(concern).hasPassed(Ids.END_CLOSED).isWaitingAtExactly("SubProcess_MissingEpisode", MissingProcess.Ids.EPISODE_LATER);
        runtimeService().correlateMessage(Messages.CHILD_RETURNED, REFERENCE);
        assertThat(concern).hasPassed("EndEvent_MissingEpisodeClosed").isEnded();
    }

    @Test
    void aMissingReportForAnUnknownOrEndedConcernIsRefusedClearly() {
        // given a concern that has ended
        ProcessInstance closed = start(Map.of());
        walkToTheEnd(closed, Ids.RECORD_CONCERN);
        assertThat(closed).isEnded();

        // then the child-missing message finds neither it nor a concern that does not exist
        assertThatThrownBy(() -> runtimeService().createMessageCorrelation(Messages.CHILD_MISSING)
                .processInstanceBusinessKey(REFERENCE).correlate())
                .isInstanceOf(MismatchingMessageCorrelationException.class).hasMessageContaining(Messages.CHILD_MISSING);
        assertThatThrownBy(() -> runtimeService().createMessageCorrelation(Messages.CHILD_MISSING)
                .processInstanceBusinessKey("SC-2026-999999").correlate())
                .isInstanceOf(MismatchingMessageCorrelationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"STRATEGY_DISCUSSION", "POLICE_REFERRAL", "EXPLOITATION_RISK_ASSESSMENT"})
    void eachDecisionStartsItsOwnTrackedStepAndTheConcernClosesOnlyOnceItIsDone(String decision) {
        // given a MEDIUM concern whose social worker decides
        ProcessInstance concern = start(Map.of(Vars.INDICATOR_COUNT.name(), 1));
        walkTo(concern, Ids.DECIDE_NEXT_STEPS);
        complete(task(Ids.DECIDE_NEXT_STEPS, concern), Map.of(Vars.DECISION.name(), decision));

        // then the decision's step opens for the social worker beside the carer's talk, with its own clocks
        String step = switch (decision) {
            case "STRATEGY_DISCUSSION" -> Ids.CONVENE_STRATEGY_DISCUSSION;
            case "POLICE_REFERRAL" -> Ids.REFER_TO_POLICE;
            default -> Ids.ASSESS_EXPLOITATION_RISK;
        };
        assertThat(concern).isWaitingAt(step, Ids.TALK_WITH_CHILD);
        assertThat(task(step, concern)).hasCandidateUser("sophie").hasDueDate(step.equals(Ids.ASSESS_EXPLOITATION_RISK)
                ? later(ASSESSMENT_DUE_AFTER) : Date.from(START.plus(COMPLETE)));
        assertThat(timerOf(concern, step).getDuedate()).isEqualTo(Date.from(START.plus(ACKNOWLEDGE)));

        // and it emails her once it has opened, and escalates when its timer ticks, as every step does
        execute(job(opened(step), concern));
        execute(job(emailWaiting(step), concern));
        assertThat(emails).endsWith("STEP_WAITING->" + step);
        Job timer = timerOf(concern, step);
        ClockUtil.setCurrentTime(timer.getDuedate());
        managementService().executeJob(timer.getId());
        execute(job("Task_Escalate" + name(step), concern));
        assertThat(escalations).containsExactly(step);

        // when the carer has talked with the child, closing still waits for the follow-up
        complete(task(Ids.TALK_WITH_CHILD, concern));
        assertThat(concern).isWaitingAt(step).isNotWaitingAt(Ids.TALK_WITH_CHILD, Ids.SHARE_DECISION_AND_CLOSE);

        // when the follow-up is done, the SSW closes the concern; at MEDIUM no sign-off is needed
        complete(task(step, concern));
        complete(task(Ids.SHARE_DECISION_AND_CLOSE, concern));
        assertThat(concern).hasPassed(Ids.FOLLOW_UP, "Gateway_FollowUpDone", Ids.END_CLOSED)
                .hasNotPassed(Ids.SIGN_OFF_CLOSURE).isEnded();
    }

    @Test
    void monitoringOpensAReviewOnTheChosenDateAndGoesOnUntilAReviewEndsIt() {
        // given a LOW concern that the social worker decides to monitor, the carer not to talk yet
        ProcessInstance concern = start(Map.of());
        execute(job(Ids.NOTIFY_SSW, concern));
        complete(task(Ids.RECORD_CONCERN, concern));
        complete(task(Ids.ADVISE_CARER, concern), Map.of(FormFields.TALK_WITH_CHILD, "NO"));
        execute(job(Ids.NOTIFY_SOCIAL_WORKER, concern));
        complete(task(Ids.DECIDE_NEXT_STEPS, concern), Map.of(Vars.DECISION.name(), "MONITOR"));

        // then nothing waits for anyone until the review date
        assertThat(concern).isWaitingAt(Ids.REVIEW_DATE).isNotWaitingAt(Ids.REVIEW_MONITORING, Ids.SHARE_DECISION_AND_CLOSE);
        Job reviewDate = managementService().createJobQuery().processInstanceId(concern.getId())
                .activityId(Ids.REVIEW_DATE).singleResult();
        assertThat(reviewDate.getDuedate()).isEqualTo(Date.from(START.plus(REVIEW_AFTER)));

        // when the date comes, the review opens for the social worker, emails her and escalates like any step
        ClockUtil.setCurrentTime(reviewDate.getDuedate());
        execute(reviewDate);
        assertThat(task(Ids.REVIEW_MONITORING, concern)).hasCandidateUser("sophie");
        execute(job(opened(Ids.REVIEW_MONITORING), concern));
        execute(job(emailWaiting(Ids.REVIEW_MONITORING), concern));
        escalateAndComplete(concern, Ids.REVIEW_MONITORING, Map.of(FollowUpFields.MONITORING_NEXT, "CONTINUE"));
        assertThat(emails).endsWith("STEP_WAITING->" + Ids.REVIEW_MONITORING);

        // then monitoring goes on until the next review's date
        assertThat(concern).isWaitingAt(Ids.REVIEW_DATE).isNotWaitingAt(Ids.REVIEW_MONITORING, Ids.SHARE_DECISION_AND_CLOSE);
        Job nextReview = managementService().createJobQuery().processInstanceId(concern.getId())
                .activityId(Ids.REVIEW_DATE).singleResult();
        assertThat(nextReview.getDuedate()).isAfter(reviewDate.getDuedate());

        // when that review ends the monitoring, the SSW is asked to close
        ClockUtil.setCurrentTime(nextReview.getDuedate());
        execute(nextReview);
        complete(task(Ids.REVIEW_MONITORING, concern), Map.of(FollowUpFields.MONITORING_NEXT, "END"));
        assertThat(concern).hasPassed("EndEvent_MonitoringEnded").isWaitingAtExactly(Ids.SHARE_DECISION_AND_CLOSE);
        complete(task(Ids.SHARE_DECISION_AND_CLOSE, concern));
        assertThat(concern).isEnded();
    }

    @Test
    void aHighRiskClosingWaitsForAFosteringManagerWhoMaySendItBack() {
        // given a HIGH concern (a 9-year-old) walked to its closing
        ProcessInstance concern = start(Map.of(Vars.CHILD_AGE.name(), 9));
        walkTo(concern, Ids.SHARE_DECISION_AND_CLOSE);
        acknowledgeIfUrgent(concern);
        complete(task(Ids.SHARE_DECISION_AND_CLOSE, concern));

        // then the closing waits for a fostering manager's sign-off, offered to each of them and emailed to them
        assertThat(concern).isWaitingAtExactly(Ids.SIGN_OFF_CLOSURE);
        assertThat(task(Ids.SIGN_OFF_CLOSURE, concern)).hasCandidateUser("mark").hasCandidateUser("rachel");
        execute(job(opened(Ids.SIGN_OFF_CLOSURE), concern));
        execute(job(emailWaiting(Ids.SIGN_OFF_CLOSURE), concern));
        assertThat(emails).endsWith("STEP_WAITING->" + Ids.SIGN_OFF_CLOSURE);

        // when mark sends it back, the SSW writes the closing again; and then he signs it off
        complete(task(Ids.SIGN_OFF_CLOSURE, concern), Map.of(FollowUpFields.SIGN_OFF, "SEND_BACK"));
        assertThat(concern).isWaitingAtExactly(Ids.SHARE_DECISION_AND_CLOSE).isNotEnded();
        complete(task(Ids.SHARE_DECISION_AND_CLOSE, concern));
        signOff(concern);
        assertThat(concern).hasPassed("Gateway_SignedOff", Ids.END_CLOSED).isEnded();
    }

    /** Completes the concern's steps, in order, until {@code step} is the one open. */
    private void walkTo(ProcessInstance concern, String step) {
        executeIfWaiting(concern, Ids.NOTIFY_SSW);
        for (String next : HUMAN_STEPS) {
            if (next.equals(step)) {
                return;
            }
            completeStep(concern, next);
        }
    }

    /** Completes the concern's steps from {@code step} (the one open) to the end of its own path. */
    private void walkToTheEnd(ProcessInstance concern, String step) {
        executeIfWaiting(concern, Ids.NOTIFY_SSW);
        acknowledgeIfUrgent(concern);
        for (String next : HUMAN_STEPS.subList(HUMAN_STEPS.indexOf(step), HUMAN_STEPS.size())) {
            completeStep(concern, next);
        }
        if (isWaitingAt(concern, Ids.SIGN_OFF_CLOSURE)) {
            signOff(concern);
        }
    }

    private void completeStep(ProcessInstance concern, String step) {
        Map<String, Object> form = switch (step) {
            case Ids.ADVISE_CARER -> Map.of(FormFields.TALK_WITH_CHILD, "YES");
            case Ids.DECIDE_NEXT_STEPS -> Map.of(Vars.DECISION.name(), "NO_FURTHER_ACTION");
            default -> Map.of();
        };
        complete(task(step, concern), form);
        if (step.equals(Ids.ADVISE_CARER)) {
            execute(job(Ids.NOTIFY_SOCIAL_WORKER, concern));
        }
    }

    private static void signOff(ProcessInstance concern) {
        complete(task(Ids.SIGN_OFF_CLOSURE, concern), Map.of(FollowUpFields.SIGN_OFF, "SIGN_OFF"));
    }

    private static boolean isWaitingAt(ProcessInstance concern, String activity) {
        return runtimeService().createExecutionQuery().processInstanceId(concern.getId()).activityId(activity).count() > 0;
    }

    private static void executeIfWaiting(ProcessInstance concern, String activity) {
        if (managementService().createJobQuery().processInstanceId(concern.getId()).activityId(activity).count() > 0) {
            execute(job(activity, concern));
        }
    }

    private static ProcessInstance episodeOf(ProcessInstance concern) {
        return runtimeService().createProcessInstanceQuery().superProcessInstanceId(concern.getId()).singleResult();
    }

    /** Completes every step (the carer allowed to talk) and returns each human task's priority on the way. */
    private List<Integer> prioritiesWalkingTheWholeConcern(ProcessInstance concern) {
        List<Integer> priorities = new ArrayList<>();
        execute(job(Ids.NOTIFY_SSW, concern));
        acknowledgeIfUrgent(concern);
        priorities.add(completeNoting(concern, Ids.RECORD_CONCERN, Map.of()));
        priorities.add(completeNoting(concern, Ids.ADVISE_CARER, Map.of(FormFields.TALK_WITH_CHILD, "YES")));
        execute(job(Ids.NOTIFY_SOCIAL_WORKER, concern));
        priorities.add(completeNoting(concern, Ids.DECIDE_NEXT_STEPS, Map.of(Vars.DECISION.name(), "NO_FURTHER_ACTION")));
        priorities.add(completeNoting(concern, Ids.TALK_WITH_CHILD, Map.of()));
        priorities.add(completeNoting(concern, Ids.SHARE_DECISION_AND_CLOSE, Map.of()));
        priorities.add(completeNoting(concern, Ids.SIGN_OFF_CLOSURE, Map.of(FollowUpFields.SIGN_OFF, "SIGN_OFF")));
        assertThat(concern).isEnded();
        return priorities;
    }

    private static int completeNoting(ProcessInstance concern, String step, Map<String, Object> form) {
        int priority = task(step, concern).getPriority();
        complete(task(step, concern), form);
        return priority;
    }

    private void escalateAndComplete(ProcessInstance concern, String step, Map<String, Object> form) {
        Job timer = timerOf(concern, step);
        ClockUtil.setCurrentTime(timer.getDuedate());
        managementService().executeJob(timer.getId());
        execute(job("Task_Escalate" + step.substring("Task_".length()), concern));
        assertThat(concern).isWaitingAt(step);
        // every list (Tasklist's, the concern page's) tells concerns apart by the step's name
        assertThat(task(step, concern).getName()).isEqualTo(Step.ofTask(step).label() + ": " + REFERENCE + ", C-1001");
        complete(task(step, concern), form);
    }

    private static String name(String step) {
        return step.substring("Task_".length());
    }

    /** The timer that fires as soon as a step opens, and the email step it leads to. */
    static String opened(String step) {
        return "BoundaryEvent_" + name(step) + "Opened";
    }

    static String emailWaiting(String step) {
        return "Task_Email" + name(step) + "Waiting";
    }

    private static Job timerOf(ProcessInstance concern, String step) {
        return managementService().createJobQuery().processInstanceId(concern.getId())
                .activityId("BoundaryEvent_" + step.substring("Task_".length()) + "Escalation").timers().singleResult();
    }

    /** Starts a concern as Tasklist would: the facts the carer gave; the intake stub adds the rest. */
    private static ProcessInstance start(Map<String, Object> facts) {
        Map<String, Object> vars = new HashMap<>(facts);
        vars.put(Vars.CHILD_ID.name(), "C-1001");
        return runtimeService().startProcessInstanceByKey(ConcernProcess.KEY, REFERENCE, vars);
    }

    // The urgent acknowledgement (issue 16, point 1): at HIGH and CRITICAL, beside the carer's record and the advice

    /** The on-duty bean as the model calls it: the social worker in office hours, else the duty team (eddie). */
    public static class OnDutyStub {
        boolean officeHours = true;

        public List<String> socialWorkerOrDutyTeam(String reference, String socialWorkerId) {
            return officeHours ? List.of(socialWorkerId) : List.of("eddie");
        }
    }

    @Test
    void aHighConcernReachesTheSocialWorkerAtOnceBesideTheCarersRecord() {
        // given a concern about a 9-year-old (HIGH), raised in office hours
        ProcessInstance concern = start(Map.of(Vars.CHILD_AGE.name(), 9));

        // then the social worker's urgent acknowledgement is open at once, beside the record and the SSW's email
        assertThat(concern).variables().containsEntry(Vars.RISK_LEVEL.name(), "HIGH");
        assertThat(concern).isWaitingAt(Ids.ACKNOWLEDGE_URGENT_CONCERN, Ids.RECORD_CONCERN, Ids.NOTIFY_SSW);
        assertThat(task(Ids.ACKNOWLEDGE_URGENT_CONCERN, concern)).hasCandidateUser("sophie")
                .hasDueDate(Date.from(START.plus(COMPLETE))).hasName("Acknowledge the urgent concern: " + REFERENCE + ", C-1001");
        assertThat(task(Ids.ACKNOWLEDGE_URGENT_CONCERN, concern).getPriority()).isEqualTo(80);
        assertThat(deadlines.calls).contains("completeBy " + Ids.ACKNOWLEDGE_URGENT_CONCERN + " HIGH",
                "escalationCycle " + Ids.ACKNOWLEDGE_URGENT_CONCERN + " HIGH");

        // when its email timer fires, the email waits as a job of its own and goes to the step's people
        execute(job(opened(Ids.ACKNOWLEDGE_URGENT_CONCERN), concern));
        execute(job(emailWaiting(Ids.ACKNOWLEDGE_URGENT_CONCERN), concern));
        assertThat(emails).containsExactly("STEP_WAITING->" + Ids.ACKNOWLEDGE_URGENT_CONCERN);
        assertThat(concern).hasPassed("EndEvent_AcknowledgeUrgentConcernWaitingEmailed");

        // when sophie acknowledges it, the branch ends and the carer's record still waits, untouched
        complete(task(Ids.ACKNOWLEDGE_URGENT_CONCERN, concern), Map.of(FormFields.IMMEDIATE_ACTIONS, "Spoke to the police",
                FormFields.SPOKE_TO_CARER, "YES"));
        assertThat(concern).hasPassed("Gateway_UrgentConcern", "EndEvent_UrgentConcernAcknowledged")
                .isWaitingAt(Ids.RECORD_CONCERN).variables().doesNotContainKey(FormFields.IMMEDIATE_ACTIONS);
    }

    @Test
    void aCriticalConcernRaisedOutOfHoursGoesToTheDutyTeam() {
        // given the social workers' office is closed
        onDuty.officeHours = false;

        // when a concern is raised with the child in danger right now
        ProcessInstance concern = start(Map.of(Vars.IMMEDIATE_DANGER.name(), true));

        // then the urgent acknowledgement is the duty team's, not the social worker's, and marked urgent
        assertThat(concern).variables().containsEntry(Vars.RISK_LEVEL.name(), "CRITICAL");
        assertThat(task(Ids.ACKNOWLEDGE_URGENT_CONCERN, concern)).hasCandidateUser("eddie");
        assertThat(task(Ids.ACKNOWLEDGE_URGENT_CONCERN, concern).getPriority()).isEqualTo(90);
        assertThat(deadlines.calls).contains("completeBy " + Ids.ACKNOWLEDGE_URGENT_CONCERN + " CRITICAL");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void lowAndMediumConcernsHaveNoUrgentAcknowledgement(int signs) {
        // when a concern is raised about a 14-year-old with no sign (LOW) or one ordinary sign (MEDIUM)
        ProcessInstance concern = start(Map.of(Vars.INDICATOR_COUNT.name(), signs));

        // then nothing opens beside the carer's record
        assertThat(concern).hasPassed("EndEvent_NotUrgentConcern").hasNotPassed(Ids.ACKNOWLEDGE_URGENT_CONCERN)
                .isWaitingAt(Ids.RECORD_CONCERN);
        assertThat(deadlines.calls).noneMatch(call -> call.contains(Ids.ACKNOWLEDGE_URGENT_CONCERN));
    }

    @Test
    void anUnacknowledgedUrgentConcernEscalatesAndStaysOpen() {
        // given an urgent acknowledgement nobody has claimed
        ProcessInstance concern = start(Map.of(Vars.IMMEDIATE_DANGER.name(), true));
        Job timer = timerOf(concern, Ids.ACKNOWLEDGE_URGENT_CONCERN);
        assertThat(timer.getDuedate()).isEqualTo(Date.from(START.plus(ACKNOWLEDGE)));

        // when its acknowledgement window ends
        ClockUtil.setCurrentTime(timer.getDuedate());
        managementService().executeJob(timer.getId());
        execute(job("Task_EscalateAcknowledgeUrgentConcern", concern));

        // then it escalates once, stays open, and the timer waits one further window
        assertThat(escalations).containsExactly(Ids.ACKNOWLEDGE_URGENT_CONCERN);
        assertThat(concern).hasPassed("EndEvent_AcknowledgeUrgentConcernEscalated").isWaitingAt(Ids.ACKNOWLEDGE_URGENT_CONCERN);
        assertThat(timerOf(concern, Ids.ACKNOWLEDGE_URGENT_CONCERN).getDuedate())
                .isEqualTo(Date.from(START.plus(ACKNOWLEDGE).plus(FURTHER)));
    }

    /** At HIGH and CRITICAL the urgent acknowledgement runs beside the rest: done here so that the concern can end. */
    private static void acknowledgeIfUrgent(ProcessInstance concern) {
        if (BpmnAwareTests.taskQuery().processInstanceId(concern.getId()).taskDefinitionKey(Ids.ACKNOWLEDGE_URGENT_CONCERN)
                .count() > 0) {
            complete(task(Ids.ACKNOWLEDGE_URGENT_CONCERN, concern), Map.of(FormFields.SPOKE_TO_CARER, "NO"));
        }
    }
}
