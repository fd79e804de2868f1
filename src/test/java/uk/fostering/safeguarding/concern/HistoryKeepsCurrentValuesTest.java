package uk.fostering.safeguarding.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;

/**
 * Camunda's history of a concern keeps each variable's current value and the operation log of who did what, but not
 * a row for every value a variable has had (NarrativeHistoryFilter): the service reads none of those rows.
 */
@IntegrationTest
class HistoryKeepsCurrentValuesTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void variablesKeepTheirCurrentValueInHistoryAndNoRowPerChange() {
        TestConcerns tasklist = new TestConcerns(engine);
        ProcessInstance instance = tasklist.raiseInTasklist("carol",
                TestConcerns.startForm("C-1001", "Came home late with a new phone"));
        String reference = instance.getBusinessKey();
        // a step completed through its form changes variables (the step's outcome, the next steps' people)
        tasklist.complete(reference, Ids.RECORD_CONCERN, Map.of("recordFacts", "Came in at 11pm with a phone",
                "recordChildWords", "A friend gave it to me", "recordCarerView", "Worried about who the friend is"));

        HistoryService history = engine.getHistoryService();
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates().count())
                .isZero();
        // what a form submitted is still there, field by field (the narrative fields left out by the filter)
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance.getId()).formFields().list())
                .extracting(field -> ((HistoricFormField) field).getFieldId()).isNotEmpty()
                .doesNotContain("summary", "recordFacts", "recordChildWords", "recordCarerView");
        Map<String, Object> running = engine.getRuntimeService().getVariables(instance.getId());
        // the process instance's own scope (steps keep variables of their own, the escalation level among them)
        Map<String, Object> kept = history.createHistoricVariableInstanceQuery()
                .activityInstanceIdIn(instance.getId()).list().stream().filter(v -> v.getValue() != null)
                .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue));
        assertThat(running).isNotEmpty();
        running.entrySet().stream().filter(variable -> variable.getValue() != null)
                .forEach(variable -> assertThat(kept).containsEntry(variable.getKey(), variable.getValue()));
        assertThat(history.createUserOperationLogQuery().processInstanceId(instance.getId())
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).userId("carol").count()).isEqualTo(1);
    }
}
