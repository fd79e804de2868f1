package uk.fostering.safeguarding.concern.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.feel.valuemapper.ValueMapper;
import org.junit.jupiter.api.Test;

class FeelParsedOnceTest {

    private final FeelParsedOnce.Parser parser = new FeelParsedOnce.Parser(
            new CustomFunctionTransformer(List.of(), ValueMapper.defaultValueMapper()), ValueMapper.defaultValueMapper());

    @Test
    void anExpressionIsParsedOnceAndTheSameTreeServesEveryEvaluation() {
        assertThat(parser.parseUnaryTests("< 13")).isSameAs(parser.parseUnaryTests("< 13"));
        assertThat(parser.parseExpression("indicatorCount >= 3")).isSameAs(parser.parseExpression("indicatorCount >= 3"));
        // unary tests and expressions are parsed by different grammars, so the same text is kept apart in each
        assertThat(parser.parseUnaryTests("true")).isNotSameAs(parser.parseExpression("true"));
    }

    @Test
    void anExpressionThatDoesNotParseFailsEveryTimeAsItWouldUncached() {
        assertThat(parser.parseUnaryTests("< <").isLeft()).isTrue();
        assertThat(parser.parseUnaryTests("< <").isLeft()).isTrue();
    }

    @Test
    void theDecisionsFeelEngineIsTheParsedOnceOneAndGivesCamundasAnswers() {
        // given the DMN engine configuration as the plugin leaves it
        var configuration = new StandaloneInMemProcessEngineConfiguration();
        new FeelParsedOnce().preInit(configuration);
        FeelEngine feel = configuration.getDmnEngineConfiguration().getFeelEngineFactory().createInstance();

        // when a rule's input entry is tested twice with each value, then the answers are FEEL's, the second time too
        for (int run = 0; run < 2; run++) {
            assertThat(feel.evaluateSimpleUnaryTests("< 13", "cellInput", Variables.putValue("cellInput", 12).asVariableContext())).isTrue();
            assertThat(feel.evaluateSimpleUnaryTests("< 13", "cellInput", Variables.putValue("cellInput", 13).asVariableContext())).isFalse();
            assertThat(feel.<Object>evaluateSimpleExpression("\"HIGH\"", Variables.createVariables().asVariableContext()))
                    .isEqualTo("HIGH");
        }
    }
}
