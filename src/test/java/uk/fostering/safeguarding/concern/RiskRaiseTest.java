package uk.fostering.safeguarding.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestConcerns;
import uk.fostering.safeguarding.chronology.Chronology;
import uk.fostering.safeguarding.chronology.ConcernEventType;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.ConcernProcess.Ids;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.shared.RiskLevel;

@IntegrationTest
class RiskRaiseTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ConcernSteps service;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    Chronology chronology;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theSswRaisesTheRiskWithAReasonAndItChoosesTheLaterWindows() {
        TestConcerns tasklist = new TestConcerns(engine);
        String reference = tasklist.raiseInTasklist("carol", TestConcerns.startForm("C-1001", "Seen in a car with two men"))
                .getBusinessKey();
        tasklist.complete(reference, Ids.RECORD_CONCERN, Map.of("recordFacts", "Seen at 9pm."));

        tasklist.complete(reference, Ids.ADVISE_CARER, Map.of("adviceToCarer", "Keep notes.", "consentConsidered", true,
                "talkWithChild", "NO", "raiseRiskLevel", "HIGH", "riskLevelReason", "Known associates from a previous case"));

        Concern concern = concerns.findByReference(reference).orElseThrow();
        assertThat(concern.getRiskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).processDefinitionKey(ConcernProcess.KEY)
                .singleResult()).satisfies(pi -> assertThat(engine.getRuntimeService().getVariable(pi.getId(), "riskLevel"))
                        .isEqualTo("HIGH"));
        assertThat(chronology.of(concern.getId()))
                .anySatisfy(e -> assertThat(e.getType()).isEqualTo(ConcernEventType.RISK_RAISED));
    }

    @Test
    void theRiskIsNeverLoweredAndARaiseNeedsAReason() {
        TestConcerns tasklist = new TestConcerns(engine);
        String reference = tasklist.raiseInTasklist("carol", TestConcerns.startForm("C-1002", "Seen in a car with two men"))
                .getBusinessKey();
        tasklist.complete(reference, Ids.RECORD_CONCERN, Map.of("recordFacts", "Seen at 9pm."));
        Map<String, Object> lower = Map.of("adviceToCarer", "Keep notes.", "consentConsidered", true, "talkWithChild", "NO",
                "raiseRiskLevel", "MEDIUM", "riskLevelReason", "Seems calmer");

        assertThatThrownBy(() -> tasklist.complete(reference, Ids.ADVISE_CARER, lower)).hasMessageContaining("already high: choose a higher level");
        assertThatThrownBy(() -> service.raiseRisk(reference, RiskLevel.CRITICAL, " ", "sam"))
                .hasMessageContaining("riskLevelReason");
        assertThat(concerns.findByReference(reference).orElseThrow().getRiskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(tasklist.openTask(reference, Ids.ADVISE_CARER)).isNotNull();
    }

    @Test
    void theAdviceFormOffersOnlyTheLevelsAboveTheCurrentOneAsTasklistReadsThem() throws Exception {
        // a 14-year-old with two signs is MEDIUM: the SSW may choose High or Critical, in words
        assertThat(levelsOffered(raisedAndRecorded("C-1001", false))).isEqualTo(json.readTree(
                "[{\"label\":\"High\",\"value\":\"HIGH\"},{\"label\":\"Critical\",\"value\":\"CRITICAL\"}]"));
        // immediate danger is CRITICAL already: nothing to offer, and the form says so instead of the select
        assertThat(levelsOffered(raisedAndRecorded("C-1003", true))).isEqualTo(json.readTree("[]"));
    }

    private String raisedAndRecorded(String childId, boolean immediateDanger) {
        TestConcerns tasklist = new TestConcerns(engine);
        // the forms take whole minutes: a summary of its own keeps concerns raised in the same minute apart
        Map<String, Object> form = TestConcerns.startForm(childId, "Seen in a car with two men " + UUID.randomUUID());
        form.put("immediateDanger", immediateDanger);
        String reference = tasklist.raiseInTasklist(childId.equals("C-1003") ? "frank" : "carol", form).getBusinessKey();
        tasklist.complete(reference, Ids.RECORD_CONCERN, Map.of("recordFacts", "Seen at 9pm."));
        return tasklist.openTask(reference, Ids.ADVISE_CARER).getId();
    }

    /** What Tasklist's Camunda form receives (form variables, not deserialized): a Json variable of the task. */
    private JsonNode levelsOffered(String taskId) throws Exception {
        TypedValue offered = engine.getFormService().getTaskFormVariables(taskId, null, false)
                .getValueTyped(Vars.RISK_LEVELS_ABOVE.name());
        assertThat(offered.getType().getName()).isEqualTo("json");
        assertThat(engine.getTaskService().getVariablesLocal(taskId)).containsKey(Vars.RISK_LEVELS_ABOVE.name());
        return json.readTree(offered.getValue().toString());
    }
}
