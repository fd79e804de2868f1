package uk.fostering.safeguarding;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** One jar: the engine, Tasklist/Cockpit/Admin, Camunda's REST API and the service's own API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SafeguardingApplication {

    public static void main(String[] args) {
        SpringApplication.run(SafeguardingApplication.class, args);
    }
}
