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
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
import uk.fostering.safeguarding.escalation.Step;
import uk.fostering.safeguarding.process.ConcernProcess.Inputs;
import uk.fostering.safeguarding.process.ConcernProcess.Messages;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.process.MissingProcess.Beans;
import uk.fostering.safeguarding.process.MissingProcess.Ids;

/**
 * Every path of {@code missingEpisode} on an in-memory engine with the model's beans stubbed; the
 * class must cover every flow node and sequence flow.
 */
@Deployment(resources = "bpmn/missingEpisode.bpmn")
class MissingEpisodeProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
            .builder("process-tests.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

    private static final String REFERENCE = "SC-2026-000007";
    private static final Instant LAST_SEEN = Instant.parse("2026-11-30T18:00:00Z");
    private static final Instant REPORTED = LAST_SEEN.plus(Duration.ofHours(2));
    private static final Duration STRATEGY_AFTER = Duration.ofHours(24);
    private static final Duration COMPLETE = Duration.ofHours(1);
    private static final Duration INTERVIEW_WITHIN = Duration.ofHours(72);

    private final List<String> emails = new ArrayList<>();
    private final List<String> escalations = new ArrayList<>();
    private final List<String> recorded = new ArrayList<>();
    private boolean repeatedlyMissing;
    private boolean officeClosed;
    /** The next morning's opening, as the working calendar answers when the report came in the evening. */
    private static final Instant OFFICE_OPENS = Instant.parse("2026-12-01T09:00:00Z");

    /** The deadlines bean as the model calls it: an hour for every step, 72 hours for the interview from the return. */
    public static class FixedDeadlines {
        public Date completeBy(String step, String riskLevel) {
            return Date.from(ClockUtil.getCurrentTime().toInstant().plus(COMPLETE));
        }

        public Date completeByFrom(String step, String riskLevel, Date from) {
            return Date.from(from.toInstant().plus(INTERVIEW_WITHIN));
        }

        public String escalationCycle(String step, String riskLevel) {
            return "R/" + ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(15)) + "/PT1H";
        }
    }

    /** As configured by default: at once at HIGH and CRITICAL, a day after the child was last seen otherwise. */
    public class FixedTimes {
        public boolean officeClosedNow() {
            return officeClosed;
        }

        public Date nextOfficeOpening() {
            return Date.from(OFFICE_OPENS);
        }

        public Date strategyDiscussionAt(Date missingSince, String riskLevel) {
            boolean atOnce = riskLevel.equals("HIGH") || riskLevel.equals("CRITICAL");
            return Date.from(missingSince.toInstant().plus(atOnce ? Duration.ZERO : STRATEGY_AFTER));
        }
    }

    @BeforeEach
    void stubBeans() {
        ClockUtil.setCurrentTime(Date.from(REPORTED));
        Mocks.register(Beans.EPISODE_INTAKE, (ExecutionListener) MissingEpisodeProcessTest::intake);
        Mocks.register(Beans.REPEAT_CHECK, (JavaDelegate) execution ->
                execution.setVariable(MissingProcess.Vars.REPEATEDLY_MISSING.name(), repeatedlyMissing));
        Mocks.register(Beans.STEP_RECORDER, (TaskListener) task -> {
            recorded.add(task.getTaskDefinitionKey());
            if (task.getTaskDefinitionKey().equals(Ids.ARRANGE_RETURN_INTERVIEW)) {
                task.getExecution().setVariable(MissingProcess.Vars.INTERVIEWER_ID.name(),
                        task.getExecution().getVariable(MissingProcess.FormFields.RETURN_INTERVIEWER));
            }
            task.getExecution().removeVariables(MissingProcess.FormFields.ALL);
        });
        Mocks.register(Beans.MISSING_TIMES, new FixedTimes());
        Mocks.register(ConcernProcess.Beans.NOTIFY_BY_EMAIL,
                (JavaDelegate) execution -> emails.add(ConcernProcessTest.emailOf(execution)));
        Mocks.register(ConcernProcess.Beans.ESCALATE_TASK,
                (JavaDelegate) execution -> escalations.add(Inputs.STEP.get(execution)));
        Mocks.register(ConcernProcess.Beans.DEADLINES, new FixedDeadlines());
    }

    @AfterEach
    void resetClockAndBeans() {
        ClockUtil.reset();
        Mocks.reset();
    }

    private static void intake(DelegateExecution execution) {
        if (ExecutionListener.EVENTNAME_START.equals(execution.getEventName())) {
            execution.setVariable(MissingProcess.CodeVars.EPISODE_NUMBER.name(), 1);
            execution.setVariable(MissingProcess.Vars.MISSING_SINCE.name(), Date.from(LAST_SEEN));
            execution.setVariable(MissingProcess.Vars.MANAGER_ID.name(), "mark");
        }
    }

    @Test
    void backBeforeTheStrategyDiscussionIsDue() {
        // given a child reported missing two hours after they were last seen
        ProcessInstance episode = start();

        // then the people are emailed, the carer is asked to record the police call, and the return is awaited
        assertThat(episode).isWaitingAt(Ids.NOTIFY_MISSING, Ids.REPORT_TO_POLICE, Ids.AWAIT_RETURN)
                .hasPassed("EndEvent_NotRepeatedlyMissing");
        execute(job(Ids.NOTIFY_MISSING, episode));
        assertThat(emails).containsExactly("CHILD_MISSING->SSW,SOCIAL_WORKER_OR_EDT");
        assertThat(task(Ids.REPORT_TO_POLICE, episode)).hasCandidateUser("carol")
                .hasDueDate(Date.from(REPORTED.plus(COMPLETE)));
        complete(task(Ids.REPORT_TO_POLICE, episode));

        // when the child comes back after 10 hours, before the strategy discussion is due
        Instant back = LAST_SEEN.plus(Duration.ofHours(10));
        ClockUtil.setCurrentTime(Date.from(back.plus(Duration.ofHours(1))));
        returned(back);

        // then the strategy timer is gone, and the social worker is asked to arrange the interview, due 72 hours after the return
        assertThat(timer(Ids.STILL_MISSING, episode)).isNull();
        assertThat(task(Ids.ARRANGE_RETURN_INTERVIEW, episode)).hasCandidateUser("sophie")
                .hasDueDate(Date.from(back.plus(INTERVIEW_WITHIN)));

        // when she arranges it with ivan, the interview is offered to him alone, due 72 hours after the return too
        arrange(episode, "ivan");
        assertThat(task(Ids.RETURN_INTERVIEW, episode)).hasCandidateUser("ivan")
                .hasDueDate(Date.from(back.plus(INTERVIEW_WITHIN)));
        assertThat(taskService().getIdentityLinksForTask(task(Ids.RETURN_INTERVIEW, episode).getId())).hasSize(1);

        // when the interview is done in time, the SSW reviews the risk and the episode closes
        complete(task(Ids.RETURN_INTERVIEW, episode));
        assertThat(task(Ids.REVIEW_RISK_AFTER_RETURN, episode)).hasCandidateUser("sam");
        complete(task(Ids.REVIEW_RISK_AFTER_RETURN, episode));
        assertThat(episode).hasPassed(Ids.END_EPISODE, "EndEvent_PoliceReportRecorded", "EndEvent_MissingNoticeSent")
                .hasNotPassed(Ids.HOLD_STRATEGY_DISCUSSION).isEnded();
        assertThat(recorded).containsExactly(Ids.REPORT_TO_POLICE, Ids.ARRANGE_RETURN_INTERVIEW, Ids.RETURN_INTERVIEW,
                Ids.REVIEW_RISK_AFTER_RETURN);
        assertThat(episode).hasNotPassed(Ids.HAND_OVER_TO_SOCIAL_WORKER);
        assertThat(escalations).isEmpty();
    }

    @Test
    void stillMissingADayAfterLastSeenCallsAStrategyDiscussion() {
        // given a child still missing
        ProcessInstance episode = start();
        Job strategy = timer(Ids.STILL_MISSING, episode);
        assertThat(strategy.getDuedate()).isEqualTo(Date.from(LAST_SEEN.plus(STRATEGY_AFTER)));

        // when a day has passed since they were last seen
        ClockUtil.setCurrentTime(strategy.getDuedate());
        managementService().executeJob(strategy.getId());

        // then the social worker and the fostering manager are asked to hold a strategy discussion, and the return is still awaited
        assertThat(task(Ids.HOLD_STRATEGY_DISCUSSION, episode)).hasCandidateUser("sophie").hasCandidateUser("mark");
        assertThat(episode).isWaitingAt(Ids.AWAIT_RETURN, Ids.HOLD_STRATEGY_DISCUSSION);
        complete(task(Ids.HOLD_STRATEGY_DISCUSSION, episode));
        assertThat(episode).hasPassed("EndEvent_StrategyDiscussed");

        // when the child comes back after the discussion, the arrangement of the interview follows as usual
        returned(LAST_SEEN.plus(Duration.ofHours(30)));
        assertThat(episode).isWaitingAt(Ids.ARRANGE_RETURN_INTERVIEW);
    }

    @Test
    void atHighRiskTheStrategyDiscussionIsCalledAtOnce() {
        // given a child of a HIGH-risk concern reported missing two hours after they were last seen
        ProcessInstance episode = start("HIGH");

        // then the strategy discussion is due at once, not a day after they were last seen
        Job strategy = timer(Ids.STILL_MISSING, episode);
        assertThat(strategy.getDuedate()).isEqualTo(Date.from(LAST_SEEN));
        managementService().executeJob(strategy.getId());
        assertThat(task(Ids.HOLD_STRATEGY_DISCUSSION, episode)).hasCandidateUser("sophie").hasCandidateUser("mark");
        assertThat(episode).isWaitingAt(Ids.AWAIT_RETURN, Ids.HOLD_STRATEGY_DISCUSSION, Ids.REPORT_TO_POLICE);
    }

    @Test
    void outOfHoursTheDutyTeamHandsOverToTheSocialWorkerWhenTheOfficeOpens() {
        // given a child reported missing in the evening, when the duty team is told instead of the social worker
        officeClosed = true;
        ProcessInstance episode = start();
        execute(job(Ids.NOTIFY_MISSING, episode));

        // then the hand-over waits for the next opening of the office
        assertThat(episode).isWaitingAt(Ids.NEXT_OFFICE_OPENING).hasNotPassed("EndEvent_MissingNoticeSent");
        Job opening = timer(Ids.NEXT_OFFICE_OPENING, episode);
        assertThat(opening.getDuedate()).isEqualTo(Date.from(OFFICE_OPENS));

        // when the office opens, the child's social worker is asked to take the episode over
        ClockUtil.setCurrentTime(opening.getDuedate());
        managementService().executeJob(opening.getId());
        assertThat(task(Ids.HAND_OVER_TO_SOCIAL_WORKER, episode)).hasCandidateUser("sophie")
                .hasDueDate(Date.from(OFFICE_OPENS.plus(COMPLETE)));
        complete(task(Ids.HAND_OVER_TO_SOCIAL_WORKER, episode));
        assertThat(episode).hasPassed("EndEvent_HandedOver");
        assertThat(recorded).containsExactly(Ids.HAND_OVER_TO_SOCIAL_WORKER);
    }

    @Test
    void inOfficeHoursTheSocialWorkerWasToldAndNothingIsHandedOver() {
        // given a child reported missing while the office is open
        ProcessInstance episode = start();
        execute(job(Ids.NOTIFY_MISSING, episode));

        // then the notice's branch ends there
        assertThat(episode).hasPassed("EndEvent_MissingNoticeSent").hasNotPassed(Ids.NEXT_OFFICE_OPENING);
        assertThat(timer(Ids.NEXT_OFFICE_OPENING, episode)).isNull();
    }

    @Test
    void aRepeatedEpisodeTellsTheFosteringManager() {
        // given a child whose episode is their third within the window
        repeatedlyMissing = true;
        ProcessInstance episode = start();

        // then the manager is emailed besides the usual people
        assertThat(episode).isWaitingAt(Ids.NOTIFY_MANAGER_OF_REPEAT, Ids.NOTIFY_MISSING);
        execute(job(Ids.NOTIFY_MANAGER_OF_REPEAT, episode));
        assertThat(emails).containsExactly("MISSING_REPEATED->MANAGER");
        assertThat(episode).hasPassed("EndEvent_ManagerToldOfRepeat");
    }

    @Test
    void everyHumanStepEscalatesWhenLeftUntilItsTimerTicks() {
        // given an episode reported out of hours, whose every step is left until its escalation timer ticks
        officeClosed = true;
        ProcessInstance episode = start();
        execute(job(Ids.NOTIFY_MISSING, episode));
        escalateAndComplete(episode, Ids.REPORT_TO_POLICE);
        ClockUtil.setCurrentTime(Date.from(OFFICE_OPENS));
        managementService().executeJob(timer(Ids.NEXT_OFFICE_OPENING, episode).getId());
        escalateAndComplete(episode, Ids.HAND_OVER_TO_SOCIAL_WORKER);
        ClockUtil.setCurrentTime(Date.from(LAST_SEEN.plus(STRATEGY_AFTER)));
        managementService().executeJob(timer(Ids.STILL_MISSING, episode).getId());
        escalateAndComplete(episode, Ids.HOLD_STRATEGY_DISCUSSION);
        returned(ClockUtil.getCurrentTime().toInstant());

        // when the arrangement and the return interview are overdue, they escalate; so does the review
        escalateAndComplete(episode, Ids.ARRANGE_RETURN_INTERVIEW, "ivan");
        escalateAndComplete(episode, Ids.RETURN_INTERVIEW);
        escalateAndComplete(episode, Ids.REVIEW_RISK_AFTER_RETURN);

        // then each step escalated once and no timer outlives the episode
        assertThat(escalations).containsExactly(Ids.REPORT_TO_POLICE, Ids.HAND_OVER_TO_SOCIAL_WORKER,
                Ids.HOLD_STRATEGY_DISCUSSION, Ids.ARRANGE_RETURN_INTERVIEW, Ids.RETURN_INTERVIEW,
                Ids.REVIEW_RISK_AFTER_RETURN);
        assertThat(episode).isEnded();
        assertThat(managementService().createJobQuery().processInstanceId(episode.getId()).timers().count()).isZero();
    }

    @Test
    void everyStepEmailsThePeopleItIsOfferedToOnceItHasOpened() {
        // given an episode reported out of hours of a child still missing after a day, who then comes back
        officeClosed = true;
        ProcessInstance episode = start();
        execute(job(Ids.NOTIFY_MISSING, episode));
        emailWhenOpenedAndComplete(episode, Ids.REPORT_TO_POLICE);
        ClockUtil.setCurrentTime(Date.from(OFFICE_OPENS));
        managementService().executeJob(timer(Ids.NEXT_OFFICE_OPENING, episode).getId());
        emailWhenOpenedAndComplete(episode, Ids.HAND_OVER_TO_SOCIAL_WORKER);
        ClockUtil.setCurrentTime(Date.from(LAST_SEEN.plus(STRATEGY_AFTER)));
        managementService().executeJob(timer(Ids.STILL_MISSING, episode).getId());
        emailWhenOpenedAndComplete(episode, Ids.HOLD_STRATEGY_DISCUSSION);
        returned(ClockUtil.getCurrentTime().toInstant());

        // when the arrangement, the interview and the review open, each emails its people too
        execute(job(ConcernProcessTest.opened(Ids.ARRANGE_RETURN_INTERVIEW), episode));
        execute(job(ConcernProcessTest.emailWaiting(Ids.ARRANGE_RETURN_INTERVIEW), episode));
        arrange(episode, "ivan");
        emailWhenOpenedAndComplete(episode, Ids.RETURN_INTERVIEW);
        emailWhenOpenedAndComplete(episode, Ids.REVIEW_RISK_AFTER_RETURN);

        // then every human step of the episode told its people once
        assertThat(episode).isEnded();
        assertThat(emails).containsExactly("CHILD_MISSING->SSW,SOCIAL_WORKER_OR_EDT",
                "STEP_WAITING->" + Ids.REPORT_TO_POLICE, "STEP_WAITING->" + Ids.HAND_OVER_TO_SOCIAL_WORKER,
                "STEP_WAITING->" + Ids.HOLD_STRATEGY_DISCUSSION, "STEP_WAITING->" + Ids.ARRANGE_RETURN_INTERVIEW,
                "STEP_WAITING->" + Ids.RETURN_INTERVIEW, "STEP_WAITING->" + Ids.REVIEW_RISK_AFTER_RETURN);
    }

    private static void emailWhenOpenedAndComplete(ProcessInstance episode, String step) {
        execute(job(ConcernProcessTest.opened(step), episode));
        execute(job(ConcernProcessTest.emailWaiting(step), episode));
        assertThat(episode).hasPassed("EndEvent_" + step.substring("Task_".length()) + "WaitingEmailed");
        complete(task(step, episode));
    }

    private void escalateAndComplete(ProcessInstance episode, String step) {
        escalateAndComplete(episode, step, null);
    }

    /** Completes the step, with the interviewer chosen when it is the arrangement. */
    private void escalateAndComplete(ProcessInstance episode, String step, String interviewer) {
        Job timer = timer("BoundaryEvent_" + step.substring("Task_".length()) + "Escalation", episode);
        ClockUtil.setCurrentTime(timer.getDuedate());
        managementService().executeJob(timer.getId());
        execute(job("Task_Escalate" + step.substring("Task_".length()), episode));
        assertThat(episode).isWaitingAt(step);
        // every list (Tasklist's, the concern page's) tells concerns apart by the step's name
        assertThat(task(step, episode).getName()).isEqualTo(Step.ofTask(step).label() + ": " + REFERENCE + ", C-1001");
        if (interviewer != null) {
            arrange(episode, interviewer);
        } else {
            complete(task(step, episode));
        }
    }

    /** The social worker completes the arrangement with her choice of interviewer. */
    private static void arrange(ProcessInstance episode, String interviewer) {
        complete(task(Ids.ARRANGE_RETURN_INTERVIEW, episode),
                Map.of(MissingProcess.FormFields.RETURN_INTERVIEWER, interviewer));
    }

    private static void returned(Instant at) {
        runtimeService().createMessageCorrelation(Messages.CHILD_RETURNED).processInstanceBusinessKey(REFERENCE)
                .setVariable(MissingProcess.Vars.RETURNED_AT.name(), Date.from(at)).correlate();
    }

    private static Job timer(String activityId, ProcessInstance episode) {
        return managementService().createJobQuery().processInstanceId(episode.getId()).activityId(activityId)
                .timers().singleResult();
    }

    private static ProcessInstance start() {
        return start("MEDIUM");
    }

    /** Starts an episode as the concern's call activity does: its reference and people. */
    private static ProcessInstance start(String riskLevel) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.REFERENCE.name(), REFERENCE);
        vars.put(Vars.CHILD_ID.name(), "C-1001");
        vars.put(Vars.CARER_ID.name(), "carol");
        vars.put(Vars.SSW_ID.name(), "sam");
        vars.put(Vars.SOCIAL_WORKER_ID.name(), "sophie");
        vars.put(Vars.RISK_LEVEL.name(), riskLevel);
        vars.put(Vars.URGENT.name(), false);
        return runtimeService().startProcessInstanceByKey(MissingProcess.KEY, REFERENCE, vars);
    }
}
