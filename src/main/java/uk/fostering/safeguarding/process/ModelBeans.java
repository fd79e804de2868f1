package uk.fostering.safeguarding.process;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The only Spring beans that BPMN and DMN expressions may name: those the service's models call. Without
 * this, Camunda's Spring expression manager resolves any bean of the application by name, so a model
 * (or a stored query) could call the concern repository, the mail sender or the data source. The beans
 * are looked up when an expression first names them, so that the engine does not need them built first.
 */
@Component
class ModelBeans extends AbstractProcessEnginePlugin {

    /** Every bean named in bpmn/*.bpmn and bpmn/*.dmn (ModelContractTest and ModelBeansTest check the models against it). */
    static final Set<String> NAMES = Stream.of(ConcernProcess.Beans.ALL, MissingProcess.Beans.ALL,
            NotifiableProcess.Beans.ALL, AllegationProcess.Beans.ALL).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    private final ApplicationContext context;

    ModelBeans(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        Map<Object, Object> beans = new AllowListedBeans(context);
        configuration.setBeans(beans);
        // Spring's factory bean made its expression manager before the plugins ran, with every bean of the context
        configuration.setExpressionManager(new SpringExpressionManager(context, beans));
    }

    /** A read-only map of the allow-listed beans, each resolved from the context when first asked for. */
    private static final class AllowListedBeans extends AbstractMap<Object, Object> {

        private final ApplicationContext context;

        AllowListedBeans(ApplicationContext context) {
            this.context = context;
        }

        @Override
        public boolean containsKey(Object name) {
            return NAMES.contains(name);
        }

        @Override
        public Object get(Object name) {
            return NAMES.contains(name) ? context.getBean((String) name) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return NAMES.stream().map(name -> Map.entry((Object) name, context.getBean(name)))
                    .collect(Collectors.toUnmodifiableSet());
        }
    }
}
