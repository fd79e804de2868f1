package uk.fostering.safeguarding.missing.process;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.missing.EpisodeSteps;
import uk.fostering.safeguarding.missing.MissingEpisode;
import uk.fostering.safeguarding.missing.ReportingMissing;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.MissingProcess;
import uk.fostering.safeguarding.process.MissingProcess.CodeVars;
import uk.fostering.safeguarding.process.MissingProcess.Vars;
import uk.fostering.safeguarding.registry.Registry;
import uk.fostering.safeguarding.security.ConcernGrants;
import uk.fostering.safeguarding.shared.InvalidInputException;

/**
 * Links a missing episode's process to its record: as it starts, the episode's number and the time
 * the child was last seen become process variables, with the manager who joins a strategy
 * discussion, and the people linked to the child may see the episode as they see the concern; as it
 * ends, the episode is closed.
 */
@Component(MissingProcess.Beans.EPISODE_INTAKE)
class MissingEpisodeIntake implements ExecutionListener {

    private final ReportingMissing reporting;
    private final EpisodeSteps steps;
    private final Registry registry;
    private final ConcernGrants grants;

    MissingEpisodeIntake(ReportingMissing reporting, EpisodeSteps steps, Registry registry, ConcernGrants grants) {
        this.reporting = reporting;
        this.steps = steps;
        this.registry = registry;
        this.grants = grants;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        if (EVENTNAME_END.equals(execution.getEventName())) {
            steps.closed(reference, CodeVars.EPISODE_NUMBER.get(execution));
            return;
        }
        requireCalledByItsConcern(execution, reference);
        MissingEpisode episode = reporting.opened(reference);
        CodeVars.EPISODE_NUMBER.set(execution, episode.getEpisodeNumber());
        Vars.MISSING_SINCE.set(execution, Date.from(episode.getMissingSince()));
        String ssw = ConcernProcess.Vars.SSW_ID.get(execution);
        // a service without managers in the registry still gets the discussion offered to someone who knows the child
        Vars.MANAGER_ID.set(execution, registry.managerOf(ssw).or(registry::registeredManager).orElse(ssw));
        grants.grantReaders(execution.getProcessInstanceId(), ConcernProcess.Vars.CARER_ID.get(execution), ssw,
                ConcernProcess.Vars.SOCIAL_WORKER_ID.get(execution));
    }

    /**
     * An episode is only ever started by its concern's process (the call activity, which hands over the
     * concern's reference and people): a start from anywhere else would carry people of the caller's choosing.
     */
    private static void requireCalledByItsConcern(DelegateExecution execution, String reference) {
        DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
        boolean byItsConcern = caller != null && reference != null
                && caller.getProcessDefinitionId().startsWith(ConcernProcess.KEY + ":")
                && reference.equals(caller.getProcessBusinessKey());
        if (!byItsConcern) {
            throw InvalidInputException.of("businessKey", "a missing episode is started only by its concern");
        }
    }
}
