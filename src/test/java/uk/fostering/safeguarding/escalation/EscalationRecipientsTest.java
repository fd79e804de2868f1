package uk.fostering.safeguarding.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whom each level of an escalation reaches, in and out of office hours. */
class EscalationRecipientsTest {

    private static final List<String> DUTY_TEAM = List.of("eddie");

    @Test
    void levelOneReachesTheManagerAndLevelTwoTheRegisteredManager() {
        assertThat(EscalationRecipients.of("sam", 1, Optional.of("mark"), Optional.of("rachel"), true, DUTY_TEAM))
                .containsExactly("mark");
        assertThat(EscalationRecipients.of("sam", 2, Optional.of("mark"), Optional.of("rachel"), true, DUTY_TEAM))
                .containsExactly("rachel");
    }

    @Test
    void outsideOfficeHoursTheDutyTeamIsToldAsWell() {
        assertThat(EscalationRecipients.of("sam", 1, Optional.of("mark"), Optional.of("rachel"), false, DUTY_TEAM))
                .containsExactly("mark", "eddie");
    }

    @Test
    void whenOneManagerIsMissingTheOtherIsTold() {
        assertThat(EscalationRecipients.of("sam", 1, Optional.empty(), Optional.of("rachel"), true, DUTY_TEAM))
                .containsExactly("rachel");
        assertThat(EscalationRecipients.of("sam", 2, Optional.of("mark"), Optional.empty(), true, DUTY_TEAM))
                .containsExactly("mark");
    }

    @Test
    void theResponsiblePersonIsNeverEscalatedToThemselves() {
        // the registered manager's own task at level 2, and a duty team member's own task out of hours
        assertThat(EscalationRecipients.of("rachel", 2, Optional.empty(), Optional.of("rachel"), true, DUTY_TEAM))
                .isEmpty();
        assertThat(EscalationRecipients.of("eddie", 1, Optional.of("mark"), Optional.of("rachel"), false, DUTY_TEAM))
                .containsExactly("mark");
    }
}
