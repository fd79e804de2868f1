package uk.fostering.safeguarding.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Every link starts from safeguarding.base-url, with or without its trailing slash. */
class LinksTest {

    @Test
    void linksStartFromTheServicesAddress() {
        for (String baseUrl : new String[] {"https://safeguarding.example", "https://safeguarding.example/"}) {
            Links links = new Links(new ServiceAddress(baseUrl));

            assertThat(links.tasklist()).isEqualTo("https://safeguarding.example/camunda/app/tasklist/default/");
            assertThat(links.task("t-1")).isEqualTo("https://safeguarding.example/camunda/app/tasklist/default/#/?task=t-1");
            assertThat(links.concern("SC-1")).isEqualTo("https://safeguarding.example/concerns/SC-1");
            assertThat(links.person("sam")).isEqualTo("https://safeguarding.example/camunda/app/admin/default/#/users/edit/sam");
        }
    }

    @Test
    void aMissingAddressStopsStartUpNamingTheSetting() {
        assertThatThrownBy(() -> new ServiceAddress(" ")).hasMessage("safeguarding.base-url must be set");
    }
}
