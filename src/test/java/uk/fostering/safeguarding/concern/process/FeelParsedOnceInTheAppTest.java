package uk.fostering.safeguarding.concern.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.fostering.safeguarding.IntegrationTest;

/** The running engine's decisions use the FEEL engine that parses once: Spring Boot's starter must not replace it. */
@IntegrationTest
class FeelParsedOnceInTheAppTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void theRiskDecisionRunsOnTheFeelEngineThatParsesOnce() {
        DefaultDmnEngineConfiguration dmn = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getDmnEngineConfiguration();
        assertThat(dmn.getFeelEngine().getClass().getEnclosingClass()).isEqualTo(FeelParsedOnce.class);
    }
}
