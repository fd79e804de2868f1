package uk.fostering.safeguarding.missing.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.process.MissingProcess.Ids;
import uk.fostering.safeguarding.process.MissingProcess.Vars;
import uk.fostering.safeguarding.registry.Roles;

/**
 * The interviewer select of "Arrange an independent return interview" offers the return interviewers by name:
 * when the task is created, they go into a task-local variable that the form reads ({@code valuesKey}). The
 * recorder still refuses anyone who is not one, for a form sent by hand.
 */
@Component
class ReturnInterviewerChoices {

    private final IdentityService identityService;
    private final ObjectMapper json = new ObjectMapper();

    ReturnInterviewerChoices(IdentityService identityService) {
        this.identityService = identityService;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    public void onCreate(DelegateTask task) {
        if (!Ids.ARRANGE_RETURN_INTERVIEW.equals(task.getTaskDefinitionKey())) {
            return;
        }
        List<Option> options = identityService.createUserQuery().memberOfGroup(Roles.RETURN_INTERVIEWERS)
                .orderByUserLastName().asc().list().stream().map(user -> new Option(name(user), user.getId())).toList();
        task.setVariableLocal(Vars.RETURN_INTERVIEWERS.name(), SpinValues.jsonValue(write(options)).create());
    }

    private static String name(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }

    /** One option of a form-js select, as its {@code valuesKey} variable holds them. */
    private record Option(String label, String value) {
    }

    private String write(List<Option> options) {
        try {
            return json.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the return interviewer options", e);
        }
    }
}
