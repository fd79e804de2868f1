package uk.fostering.safeguarding.concern.process;

import camundajar.impl.scala.util.Either;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.feel.FeelEngine.Configuration;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.FeelEngineClock;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper;

/**
 * Lets the DMN engine parse each FEEL expression of a decision once, not on every evaluation. Camunda's FEEL engine
 * (feel-scala) parses every input entry again each time a decision runs and has no setting to keep the result
 * (camunda/feel-scala#1149); in the risk decision that was 10-17 % of a raise's CPU. The change is as small as the
 * engines allow: Camunda's own {@link ScalaFeelEngine} builds feel-scala's engine through a protected factory method,
 * and feel-scala's public parse methods are the only thing overridden, so evaluation, value mapping and functions
 * stay exactly Camunda's. Installed through the documented DMN engine configuration, here and in the process tests.
 */
public class FeelParsedOnce extends AbstractProcessEnginePlugin {

    /**
     * Expressions come only from deployed decisions, which only administrators deploy; the bound is there so that a
     * stream of distinct expressions cannot grow the cache without end: past it, expressions are parsed each time.
     */
    static final int MOST_EXPRESSIONS_KEPT = 10_000;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DefaultDmnEngineConfiguration dmn = Optional.ofNullable(configuration.getDmnEngineConfiguration())
                .orElseGet(() -> (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration());
        // read when the engine is built: custom functions are set on the engine's configuration after preInit
        FeelEngineFactory parsedOnce = () -> new ScalaFeelEngine(Optional.ofNullable(configuration.getDmnFeelCustomFunctionProviders())
                .orElse(List.of())) {
            @Override
            protected org.camunda.feel.FeelEngine buildFeelEngine(CustomFunctionTransformer functions,
                    ValueMapper.CompositeValueMapper values) {
                return new Parser(functions, values);
            }
        };
        dmn.setFeelEngineFactory(parsedOnce);
        configuration.setDmnEngineConfiguration(dmn);
    }

    /** feel-scala's engine as Camunda builds it (no external functions, the system clock), keeping what it parsed. */
    static final class Parser extends org.camunda.feel.FeelEngine {

        private final Map<String, Either<Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();
        private final Map<String, Either<Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();

        Parser(CustomFunctionTransformer functions, ValueMapper values) {
            super(functions, values, new Configuration(false), FeelEngineClock.SystemClock$.MODULE$);
        }

        @Override
        public Either<Failure, ParsedExpression> parseExpression(String expression) {
            return kept(expressions, expression, super::parseExpression);
        }

        @Override
        public Either<Failure, ParsedExpression> parseUnaryTests(String expression) {
            return kept(unaryTests, expression, super::parseUnaryTests);
        }

        /** A parsed expression is an immutable syntax tree, so one can serve every thread. */
        private static Either<Failure, ParsedExpression> kept(Map<String, Either<Failure, ParsedExpression>> cache,
                String expression, Function<String, Either<Failure, ParsedExpression>> parse) {
            Either<Failure, ParsedExpression> parsed = cache.get(expression);
            if (parsed != null) {
                return parsed;
            }
            parsed = parse.apply(expression);
            if (cache.size() < MOST_EXPRESSIONS_KEPT) {
                cache.putIfAbsent(expression, parsed);
            }
            return parsed;
        }
    }
}
