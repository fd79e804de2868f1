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
import java.util.ArrayList;
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
import uk.fostering.safeguarding.process.AllegationProcess.Ids;

/**
 * Every path of {@code allegationReferral} on an in-memory engine with the model's beans stubbed; the class must
 * cover every flow node and sequence flow.
 */
@Deployment(resources = "bpmn/allegationReferral.bpmn")
class AllegationReferralProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
            .builder("process-tests.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

    private static final String REFERENCE = "SC-2026-000023";
    /** A Friday afternoon: one working day later is Monday afternoon. */
    private static final Instant MARKED = Instant.parse("2026-11-27T15:00:00Z");
    private static final Instant NEXT_WORKING_DAY = Instant.parse("2026-11-30T15:00:00Z");

    private final RecordingStepBeans beans = new RecordingStepBeans();
    private final List<String> deadlinesAskedFor = new ArrayList<>();

    /** The deadlines bean as the model calls it: one working day to refer, the first escalation tick after 2 hours. */
    public class FixedDeadlines {
        public Date completeBy(String step, String riskLevel) {
            deadlinesAskedFor.add(step + "@" + riskLevel);
            return Date.from(NEXT_WORKING_DAY);
        }

        public String escalationCycle(String step, String riskLevel) {
            return "R/" + ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(2)) + "/PT1H";
        }
    }

    @BeforeEach
    void stubBeans() {
        ClockUtil.setCurrentTime(Date.from(MARKED));
        beans.register(AllegationProcess.Beans.LADO_REFERRAL_RECORDER, AllegationProcess.FormFields.ALL,
                new FixedDeadlines());
    }

    @AfterEach
    void resetClockAndBeans() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void theRegisteredManagerRefersTheAllegationToTheLadoWithinOneWorkingDay() {
        // given a concern marked as about the carer's household on a Friday afternoon
        ProcessInstance referral = start("HIGH");

        // then the registered manager refers it, due the next working day, the step's own window asked for
        assertThat(referral).isWaitingAt(Ids.REFER_TO_LADO);
        assertThat(task(Ids.REFER_TO_LADO, referral)).hasCandidateUser("rachel")
                .hasDueDate(Date.from(NEXT_WORKING_DAY))
                .hasName("Refer to the designated officer (LADO): " + REFERENCE + ", C-1001");
        assertThat(deadlinesAskedFor).containsExactly(Ids.REFER_TO_LADO + "@HIGH");
        assertThat(task(Ids.REFER_TO_LADO, referral).getPriority()).isEqualTo(60);

        // when she records the LADO's advice, the referral is done
        complete(task(Ids.REFER_TO_LADO, referral));
        assertThat(referral).hasPassed(Ids.END).isEnded();
        assertThat(beans.recorded).containsExactly(Ids.REFER_TO_LADO);
        assertThat(beans.escalations).isEmpty();
    }

    @Test
    void aReferralLeftAloneEscalatesLikeEveryStep() {
        // given a critical allegation nobody acknowledges
        ProcessInstance referral = start("CRITICAL");
        assertThat(task(Ids.REFER_TO_LADO, referral).getPriority()).isEqualTo(80);
        Job timer = managementService().createJobQuery().processInstanceId(referral.getId())
                .activityId("BoundaryEvent_ReferToLadoEscalation").timers().singleResult();

        // when its escalation timer ticks, the escalation step runs and the referral stays open
        ClockUtil.setCurrentTime(timer.getDuedate());
        managementService().executeJob(timer.getId());
        execute(job("Task_EscalateReferToLado", referral));
        assertThat(referral).hasPassed("EndEvent_ReferToLadoEscalated").isWaitingAt(Ids.REFER_TO_LADO);
        assertThat(beans.escalations).containsExactly(Ids.REFER_TO_LADO);

        // and once recorded no timer outlives it
        complete(task(Ids.REFER_TO_LADO, referral));
        assertThat(referral).isEnded();
        assertThat(managementService().createJobQuery().processInstanceId(referral.getId()).timers().count()).isZero();
    }

    @Test
    void theReferralEmailsTheRegisteredManagerOnceItHasOpened() {
        ProcessInstance referral = start("MEDIUM");

        execute(job(ConcernProcessTest.opened(Ids.REFER_TO_LADO), referral));
        execute(job(ConcernProcessTest.emailWaiting(Ids.REFER_TO_LADO), referral));

        assertThat(referral).hasPassed("EndEvent_ReferToLadoWaitingEmailed").isWaitingAt(Ids.REFER_TO_LADO);
        assertThat(beans.emails).containsExactly("STEP_WAITING->" + Ids.REFER_TO_LADO);
        complete(task(Ids.REFER_TO_LADO, referral));
        assertThat(referral).isEnded();
    }

    /** Starts the referral as the service does: the concern's facts, the registered manager and the LADO's contact. */
    private static ProcessInstance start(String riskLevel) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(ConcernProcess.Vars.REFERENCE.name(), REFERENCE);
        vars.put(ConcernProcess.Vars.CHILD_ID.name(), "C-1001");
        vars.put(ConcernProcess.Vars.RISK_LEVEL.name(), riskLevel);
        vars.put(ConcernProcess.Vars.URGENT.name(), riskLevel.equals("CRITICAL"));
        vars.put(NotifiableProcess.Vars.REGISTERED_MANAGER_ID.name(), "rachel");
        vars.put(AllegationProcess.Vars.DESIGNATED_OFFICER.name(), "Northshire County Council, lado@northshire.example, 01632 960002");
        return runtimeService().startProcessInstanceByKey(AllegationProcess.KEY, REFERENCE, vars);
    }
}
