package uk.fostering.safeguarding.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
import uk.fostering.safeguarding.process.MissingProcess.Beans;
import uk.fostering.safeguarding.process.MissingProcess.Ids;
import uk.fostering.safeguarding.process.MissingProcess.Messages;

/**
 * Every path of {@code reportChildAbsent}, the watch of an absence, on an in-memory engine with its beans stubbed;
 * the class must cover every flow node and sequence flow. No path has a police step: only a child not back in
 * time becomes missing.
 */
@Deployment(resources = "bpmn/reportChildAbsent.bpmn")
class AbsenceProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
            .builder("process-tests.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

    private static final Instant NOW = Instant.parse("2026-11-30T18:00:00Z");
    private static final Instant BACK_BY = NOW.plus(Duration.ofHours(4));
    private static final String REFERENCE = "AB-000042";

    private final List<Long> treatedAsMissing = new ArrayList<>();

    /** The start form's listener as the service runs it: the absence stored, the watch named and timed. */
    public static class StoredReport {
        public void absent(DelegateExecution execution) {
            execution.setProcessBusinessKey(REFERENCE);
            MissingProcess.CodeVars.ABSENCE_ID.set(execution, 42L);
            MissingProcess.Vars.BACK_BY.set(execution, Date.from(BACK_BY));
        }
    }

    @BeforeEach
    void stubBeans() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        Mocks.register(Beans.REPORTS, new StoredReport());
        Mocks.register(Beans.ABSENCE_OVERDUE, (JavaDelegate) execution ->
                treatedAsMissing.add(MissingProcess.CodeVars.ABSENCE_ID.get(execution)));
    }

    @AfterEach
    void resetClockAndBeans() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void backInTimeTheAbsenceCloses() {
        ProcessInstance watch = start();
        // the event-based gateway waits for whichever comes first: the child back, a missing report, the time set
        assertThat(watch).isWaitingAt(Ids.ABSENCE_WATCHED).hasNotPassed(Ids.TREAT_AS_MISSING);
        assertThat(timer(watch).getDuedate()).isEqualTo(Date.from(BACK_BY));

        correlate(Messages.ABSENT_CHILD_BACK);

        assertThat(watch).hasPassed("EndEvent_BackInTime").isEnded();
        assertThat(treatedAsMissing).isEmpty();
    }

    @Test
    void notBackByTheTimeSetTheAbsenceIsReportedMissing() {
        ProcessInstance watch = start();

        ClockUtil.setCurrentTime(Date.from(BACK_BY));
        managementService().executeJob(timer(watch).getId());
        execute(job(Ids.TREAT_AS_MISSING, watch));

        assertThat(watch).hasPassed("EndEvent_BecameMissing").isEnded();
        assertThat(treatedAsMissing).containsExactly(42L);
    }

    @Test
    void reportedMissingMeanwhileTheWatchEndsWithoutReportingItAgain() {
        ProcessInstance watch = start();

        correlate(Messages.ABSENT_CHILD_MISSING);

        assertThat(watch).hasPassed("EndEvent_ReportedMissing").isEnded();
        assertThat(treatedAsMissing).isEmpty();
        assertThat(managementService().createJobQuery().processInstanceId(watch.getId()).count()).isZero();
    }

    private static ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(MissingProcess.REPORT_ABSENT_KEY, Map.of());
    }

    private static void correlate(String message) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(REFERENCE).correlate();
    }

    private static Job timer(ProcessInstance watch) {
        return managementService().createJobQuery().processInstanceId(watch.getId()).timers().singleResult();
    }
}
