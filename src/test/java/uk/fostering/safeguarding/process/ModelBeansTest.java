package uk.fostering.safeguarding.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import uk.fostering.safeguarding.IntegrationTest;

/** Expressions in the models reach exactly the beans on ModelBeans' list, and no other bean of the application. */
@IntegrationTest
class ModelBeansTest {

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    /** An identifier that starts a path (not a property after a dot, not inside quotes). */
    private static final Pattern ROOT = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)");

    @Autowired
    ApplicationContext context;
    @Autowired
    ProcessEngine engine;

    @Test
    void everyBeanTheModelsNameIsOnTheList() throws Exception {
        Set<String> named = new TreeSet<>();
        for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/**/*.*")) {
            Matcher expression = EXPRESSION.matcher(model.getContentAsString(StandardCharsets.UTF_8));
            while (expression.find()) {
                Matcher root = ROOT.matcher(expression.group(1).replaceAll("'[^']*'|\"[^\"]*\"", "''"));
                while (root.find()) {
                    if (context.containsBean(root.group(1))) {
                        named.add(root.group(1));
                    }
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(ModelBeans.NAMES).containsAll(named);
        assertThat(ModelBeans.NAMES).allMatch(context::containsBean);
    }

    @Test
    void aBeanOffTheListCannotBeResolved() {
        assertThat(context.containsBean("concernQueries")).isTrue();
        assertThatThrownBy(() -> evaluate("${concernQueries}")).hasMessageContaining("concernQueries");
        assertThatThrownBy(() -> evaluate("${dataSource}")).hasMessageContaining("dataSource");
        assertThat(evaluate("${deadlines}")).isSameAs(context.getBean("deadlines"));
    }

    private Object evaluate(String expression) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(commandContext -> configuration.getExpressionManager()
                .createExpression(expression).getValue(new ExecutionEntity()));
    }
}
