package uk.fostering.safeguarding.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Whom each level of an escalation reaches, in and out of office hours. */
class EscalationRecipientsTest {

    private static final Supplier<List<String>> DUTY_TEAM = () -> List.of("eddie");
    private static final Supplier<List<String>> MANAGERS = () -> List.of("mark", "rachel");

    @Test
    void levelOneReachesTheManagerAndLevelTwoTheRegisteredManager() {
        assertThat(EscalationRecipients.of("sam", 1, Optional.of("mark"), Optional.of("rachel"), true, DUTY_TEAM, MANAGERS))
                .containsExactly("mark");
        assertThat(EscalationRecipients.of("sam", 2, Optional.of("mark"), Optional.of("rachel"), true, DUTY_TEAM, MANAGERS))
                .containsExactly("rachel");
    }

    @Test
    void inOfficeHoursWithAManagerNeitherGroupIsLookedUp() {
        Supplier<List<String>> notAsked = () -> {
            throw new AssertionError("group looked up");
        };

        assertThat(EscalationRecipients.of("sam", 1, Optional.of("mark"), Optional.of("rachel"), true, notAsked, notAsked))
                .containsExactly("mark");
    }

    @Test
    void outsideOfficeHoursTheDutyTeamIsToldAsWell() {
        assertThat(EscalationRecipients.of("sam", 1, Optional.of("mark"), Optional.of("rachel"), false, DUTY_TEAM, MANAGERS))
                .containsExactly("mark", "eddie");
    }

    @Test
    void whenOneManagerIsMissingTheOtherIsTold() {
        assertThat(EscalationRecipients.of("sam", 1, Optional.empty(), Optional.of("rachel"), true, DUTY_TEAM, MANAGERS))
                .containsExactly("rachel");
        assertThat(EscalationRecipients.of("sam", 2, Optional.of("mark"), Optional.empty(), true, DUTY_TEAM, MANAGERS))
                .containsExactly("mark");
    }

    @Test
    void theResponsiblePersonIsNeverEscalatedToThemselves() {
        // a duty team member's own task out of hours
        assertThat(EscalationRecipients.of("eddie", 1, Optional.of("mark"), Optional.of("rachel"), false, DUTY_TEAM, MANAGERS))
                .containsExactly("mark");
    }

    @Test
    void theRegisteredManagersOwnStepReachesTheOtherFosteringManagers() {
        // nobody above the registered manager: an overdue notification to Ofsted still reaches someone
        assertThat(EscalationRecipients.of("rachel", 1, Optional.empty(), Optional.of("rachel"), true, DUTY_TEAM, MANAGERS))
                .containsExactly("mark");
        assertThat(EscalationRecipients.of("rachel", 2, Optional.empty(), Optional.of("rachel"), false, DUTY_TEAM, MANAGERS))
                .containsExactly("mark", "eddie");
    }
}
