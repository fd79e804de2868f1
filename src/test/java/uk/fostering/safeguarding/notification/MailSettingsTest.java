package uk.fostering.safeguarding.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The allow-list: addresses and whole domains, compared without regard to case; empty lets everyone through. */
class MailSettingsTest {

    @Test
    void anEmptyListAllowsEveryone() {
        assertThat(settings().allows("anyone@anywhere.example")).isTrue();
    }

    @Test
    void anAddressOrItsDomainMustBeOnTheList() {
        MailSettings settings = settings("Sam@Fostering.example", " @council.example ");

        assertThat(settings.allows("sam@fostering.example")).isTrue();
        assertThat(settings.allows("SAM@fostering.example")).isTrue();
        assertThat(settings.allows("sophie@council.example")).isTrue();
        assertThat(settings.allows("mark@fostering.example")).isFalse();
        assertThat(settings.allows("sophie@sub.council.example")).as("a domain is not its sub-domains").isFalse();
        assertThat(settings.allows("eve@council.example.evil")).isFalse();
    }

    @Test
    void anEntryThatIsNeitherAnAddressNorADomainStopsStartUpNamingTheSetting() {
        for (String entry : List.of("fostering.example", "sam@", "a@b@c", " ")) {
            assertThatThrownBy(() -> settings(entry)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("safeguarding.mail.allowed-recipients: ");
        }
    }

    @Test
    void redirectionNeedsAnAddress() {
        assertThat(new MailSettings("from@localhost", " ", List.of()).isRedirected()).isFalse();
        assertThat(new MailSettings("from@localhost", "inbox@example.org", List.of()).isRedirected()).isTrue();
    }

    private static MailSettings settings(String... allowed) {
        return new MailSettings("from@localhost", null, List.of(allowed));
    }
}
