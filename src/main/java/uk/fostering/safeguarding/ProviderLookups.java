package uk.fostering.safeguarding;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Names two JDK/Jakarta service providers up front. Without a name, Jakarta Mail 2.1 searches every jar on the
 * class path for its stream provider on each message it builds, and Camunda asks the JDK for a new XML datatype
 * factory (another search of every jar) for each timer date it works out. Profiled in bench/results.md, the two
 * searches took about a tenth of the CPU of an escalation burst. A value set on the command line wins.
 * Registered in META-INF/spring.factories, so it runs before any bean of every run of the app, tests included.
 */
public class ProviderLookups implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final Map<String, String> PROVIDERS = Map.of(
            "jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider",
            "javax.xml.datatype.DatatypeFactory", "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PROVIDERS.forEach((service, provider) -> {
            if (System.getProperty(service) == null) {
                System.setProperty(service, provider);
            }
        });
    }
}
