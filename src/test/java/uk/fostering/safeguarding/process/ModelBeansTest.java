package uk.fostering.safeguarding.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.fostering.safeguarding.IntegrationTest;

/** Expressions in the models reach the beans on ModelBeans' list, and no other bean of the application. */
@IntegrationTest
class ModelBeansTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ProcessEngine engine;

    /** ModelContractTest checks the models against the list; here each name on it is a bean of the running application. */
    @Test
    void everyBeanOnTheListIsInTheApplication() {
        assertThat(ModelBeans.NAMES).isNotEmpty().allMatch(context::containsBean);
    }

    @Test
    void aBeanOffTheListCannotBeResolved() {
        assertThat(context.containsBean("concernQueries")).isTrue();
        assertThatThrownBy(() -> evaluate("${concernQueries}")).hasMessageContaining("concernQueries");
        assertThatThrownBy(() -> evaluate("${dataSource}")).hasMessageContaining("dataSource");
        assertThat(evaluate("${" + ConcernProcess.Beans.DEADLINES + "}"))
                .isSameAs(context.getBean(ConcernProcess.Beans.DEADLINES));
    }

    private Object evaluate(String expression) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(commandContext -> configuration.getExpressionManager()
                .createExpression(expression).getValue(new ExecutionEntity()));
    }
}
