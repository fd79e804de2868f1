package uk.fostering.safeguarding.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The recipient rules, with the process's people as a map and a directory of fixed answers. */
class RecipientTest {

    private final Map<String, Object> variables = new HashMap<>(Map.of("carerId", "carol", "sswId", "sam",
            "socialWorkerId", "sophie"));
    private final FixedDirectory directory = new FixedDirectory();

    @Test
    void theProcessesPeopleAreEmailedInTheOrderNamedAndEachOnce() {
        assertThat(people("SSW, SOCIAL_WORKER,CARER,SSW")).containsExactly("sam", "sophie", "carol");
    }

    @Test
    void theSocialWorkerInOfficeHoursAndTheDutyTeamWhenTheOfficeIsClosed() {
        directory.officeHours = true;
        assertThat(people("SSW,SOCIAL_WORKER_OR_EDT")).containsExactly("sam", "sophie");

        directory.officeHours = false;
        assertThat(people("SSW,SOCIAL_WORKER_OR_EDT")).containsExactly("sam", "eddie", "erin");
    }

    @Test
    void theSswsManagerOrElseTheRegisteredManager() {
        directory.managers.put("sam", "mark");
        assertThat(people("MANAGER")).containsExactly("mark");

        directory.managers.clear();
        assertThat(people("MANAGER")).containsExactly("rachel");
    }

    @Test
    void aPersonTheRuleNeedsButTheProcessLacksIsAnErrorNamingTheVariable() {
        variables.remove("sswId");

        assertThatThrownBy(() -> people("CARER,SSW")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Concern SC-1 has no sswId to email");
        assertThatThrownBy(() -> people("MANAGER")).hasMessage("Concern SC-1 has no sswId to email");
    }

    @Test
    void nobodyToEmailIsAnErrorSoThatTheJobEndsAsAnIncident() {
        directory.registeredManager = Optional.empty();
        assertThatThrownBy(() -> people("MANAGER")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Concern SC-1 has nobody to email for MANAGER");

        directory.officeHours = false;
        directory.dutyTeam = List.of();
        assertThatThrownBy(() -> people("SOCIAL_WORKER_OR_EDT"))
                .hasMessage("Concern SC-1 has nobody to email for SOCIAL_WORKER_OR_EDT");
    }

    @Test
    void anUnknownRecipientIsAnError() {
        assertThatThrownBy(() -> Recipient.parse("SSW,HEADTEACHER")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown recipient HEADTEACHER");
    }

    @Test
    void anUrgentStepIsOfferedByTheSameRuleAsTheEmailsToTheSocialWorkerOrDutyTeam() {
        OnDuty onDuty = new OnDuty(directory);

        directory.officeHours = true;
        assertThat(onDuty.socialWorkerOrDutyTeam("SC-1", "leon")).containsExactly("leon");

        directory.officeHours = false;
        assertThat(onDuty.socialWorkerOrDutyTeam("SC-1", "leon")).containsExactly("eddie", "erin");

        // a duty team of nobody never refuses the raise: the social worker has the step
        directory.dutyTeam = List.of();
        assertThat(onDuty.socialWorkerOrDutyTeam("SC-1", "leon")).containsExactly("leon");
    }

    private List<String> people(String parameter) {
        return List.copyOf(Recipient.people("SC-1", Recipient.parse(parameter), variables::get, directory));
    }

    private static final class FixedDirectory implements Recipient.Directory {

        boolean officeHours = true;
        List<String> dutyTeam = List.of("eddie", "erin");
        final Map<String, String> managers = new HashMap<>();
        Optional<String> registeredManager = Optional.of("rachel");

        @Override
        public boolean isOfficeHoursNow() {
            return officeHours;
        }

        @Override
        public List<String> emergencyDutyTeam() {
            return dutyTeam;
        }

        @Override
        public Optional<String> managerOf(String userId) {
            return Optional.ofNullable(managers.get(userId));
        }

        @Override
        public Optional<String> registeredManager() {
            return registeredManager;
        }
    }
}
