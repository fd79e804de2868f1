package uk.fostering.safeguarding.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the risk decision, with the boundaries either side. */
@Deployment(resources = "bpmn/riskLevel.dmn")
class RiskLevelDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .configurationResource("process-tests.camunda.cfg.xml").build();

    ProcessEngine engine;

    @ParameterizedTest(name = "{5}: danger={0} age={1} missing={2} serious={3} signs={4}")
    @CsvSource({
            "true,  16, false, false, 0, CRITICAL, immediate danger is always critical",
            "true,  9,  true,  true,  5, CRITICAL, immediate danger wins over everything else",
            "false, 12, false, false, 0, HIGH,     under 13 is always at least high",
            "false, 12, true,  false, 4, HIGH,     under 13 and missing is still high, never lower",
            "false, 13, false, false, 0, LOW,      13 on its own adds nothing",
            "false, 15, true,  false, 0, HIGH,     a missing child",
            "false, 15, false, true,  1, HIGH,     a serious sign",
            "false, 15, false, false, 3, HIGH,     three signs together",
            "false, 15, false, false, 2, MEDIUM,   two signs",
            "false, 15, false, false, 1, MEDIUM,   one sign",
            "false, 17, false, false, 0, LOW,      a concern resting on the carer's account alone"})
    void riskLevel(boolean danger, int age, boolean missing, boolean serious, int signs, String expected, String why) {
        // given the facts the intake passes to the decision
        var facts = Variables.createVariables().putValue("immediateDanger", danger).putValue("childAge", age)
                .putValue("childMissing", missing).putValue("seriousIndicator", serious).putValue("indicatorCount", signs);

        // when the decision is evaluated
        Map<String, Object> result = engine.getDecisionService().evaluateDecisionByKey("Decision_RiskLevel")
                .variables(facts).evaluate().getSingleResult().getEntryMap();

        // then the first matching rule sets the level, and it is the only output
        assertThat(result).as(why).containsOnly(Map.entry("riskLevel", expected));
    }

    /**
     * Every expression of the decision is JUEL, which Camunda compiles once per expression and keeps. Camunda 7's FEEL
     * engine builds its table of built-in functions again for each expression it evaluates (about 0.3 ms a decision,
     * ten times JUEL's), and a raise evaluates the decision once; a FEEL cell added later would bring that back.
     */
    @Test
    void everyExpressionOfTheDecisionIsJuel() throws Exception {
        try (InputStream dmn = getClass().getClassLoader().getResourceAsStream("bpmn/riskLevel.dmn")) {
            var model = Dmn.readModelFromStream(dmn);
            for (Class<? extends ModelElementInstance> kind : List.of(InputExpression.class, InputEntry.class, OutputEntry.class)) {
                model.getModelElementsByType(kind).stream()
                        .filter(cell -> !cell.getTextContent().isBlank())
                        .forEach(cell -> assertThat(cell.getAttributeValue("expressionLanguage"))
                                .as("%s %s", kind.getSimpleName(), cell.getAttributeValue("id")).isEqualTo("juel"));
            }
        }
    }
}
