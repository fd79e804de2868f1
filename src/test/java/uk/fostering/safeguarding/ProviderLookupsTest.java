package uk.fostering.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import javax.xml.datatype.DatatypeFactory;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.support.SpringFactoriesLoader;

class ProviderLookupsTest {

    @Test
    void namedProvidersAreTheOnesFoundBySearchingAndLoadDirectly() throws Exception {
        new ProviderLookups().initialize(new GenericApplicationContext());

        ProviderLookups.PROVIDERS.forEach((service, provider) -> assertThat(System.getProperty(service)).isEqualTo(provider));
        assertThat(StreamProvider.provider()).isInstanceOf(MailStreamProvider.class);
        assertThat(DatatypeFactory.newInstance().getClass().getName())
                .isEqualTo(ProviderLookups.PROVIDERS.get("javax.xml.datatype.DatatypeFactory"));
        assertThat(DatatypeFactory.newInstance().newDuration("PT1H").getHours()).isEqualTo(1);
    }

    @Test
    void runsForEveryStartOfTheAppThroughSpringFactories() {
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
                .load(ApplicationContextInitializer.class)).hasAtLeastOneElementOfType(ProviderLookups.class);
    }
}
