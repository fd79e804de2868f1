package uk.fostering.bench.peer;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import uk.fostering.safeguarding.ProviderLookups;
import uk.fostering.safeguarding.bench.BareEngine;

/**
 * The benchmark's peer for raising concerns: what a user would build instead of the app, a bare Camunda Spring Boot
 * webapp (Camunda's webapp and REST starters) with HTTP Basic on its REST API, deploying {@link BareEngine}'s
 * one-task model. The benchmark starts it in a JVM of its own, as it starts the app. Outside the app's package
 * (uk.fostering.safeguarding), so that neither scans the other: under it, every test that starts the app picked
 * this class up as configuration, with a second authentication filter and the bare model; its settings are {@code bare-webapp.yaml}, not the app's
 * {@code application.yaml}, which is on the same class path.
 */
@SpringBootApplication
public class BareWebapp {

    public static void main(String[] args) {
        SpringApplication webapp = new SpringApplication(BareWebapp.class);
        webapp.setDefaultProperties(Map.of("spring.config.name", "bare-webapp"));
        // the app's META-INF/spring.factories is on the class path too; its ProviderLookups is the app's own tuning,
        // which a bare webapp does not have
        webapp.setInitializers(webapp.getInitializers().stream()
                .filter(initializer -> !(initializer instanceof ProviderLookups)).toList());
        webapp.run(args);
    }

    /** Camunda's documented authentication for the REST API: its filter with the HTTP Basic provider. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> filter =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        filter.addUrlPatterns("/engine-rest/*");
        filter.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        return filter;
    }

    /**
     * Deploys the bare model from code (auto-deployment is off: it would find the app's BPMN on the class path) once
     * the engine is built and before the web server starts, so that the webapp is healthy only with the model there.
     */
    @Bean
    SmartInitializingSingleton deployBareModel(RepositoryService repository) {
        return () -> repository.createDeployment().name(BareEngine.KEY).enableDuplicateFiltering(true)
                .addModelInstance(BareEngine.KEY + ".bpmn", BareEngine.model()).deploy();
    }
}
