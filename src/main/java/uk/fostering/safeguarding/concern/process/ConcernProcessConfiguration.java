package uk.fostering.safeguarding.concern.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConcernProcessConfiguration {

    /**
     * Routes all history through the narrative filter. The default database handler is switched
     * off here rather than in YAML: left on, it would write every variable to history beside the filter.
     */
    @Bean
    ProcessEnginePlugin narrativeHistoryPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setEnableDefaultDbHistoryEventHandler(false);
                configuration.getCustomHistoryEventHandlers().add(new NarrativeHistoryFilter());
            }
        };
    }
}
