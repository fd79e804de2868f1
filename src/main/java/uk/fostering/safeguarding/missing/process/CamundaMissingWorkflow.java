package uk.fostering.safeguarding.missing.process;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.missing.MissingWorkflow;
import uk.fostering.safeguarding.process.AsSystem;
import uk.fostering.safeguarding.process.ConcernProcess.Messages;
import uk.fostering.safeguarding.process.MissingProcess;
import uk.fostering.safeguarding.process.MissingProcess.CodeVars;
import uk.fostering.safeguarding.process.MissingProcess.Vars;
import uk.fostering.safeguarding.shared.ConflictException;

/**
 * The contract's messages, correlated by the concern reference (every process of a concern carries it
 * as business key). Correlating runs as the system: the service has already checked, against the
 * registry, that the caller may report this child missing or back, and reporters hold no right to
 * change a process themselves.
 */
@Component
class CamundaMissingWorkflow implements MissingWorkflow {

    private final RuntimeService runtimeService;
    private final AsSystem asSystem;

    CamundaMissingWorkflow(RuntimeService runtimeService, AsSystem asSystem) {
        this.runtimeService = runtimeService;
        this.asSystem = asSystem;
    }

    @Override
    public void childMissing(String reference, int episodeNumber, Instant missingSince) {
        correlate(reference, () -> runtimeService.createMessageCorrelation(Messages.CHILD_MISSING)
                .processInstanceBusinessKey(reference)
                .setVariable(CodeVars.EPISODE_NUMBER.name(), episodeNumber)
                .setVariable(Vars.MISSING_SINCE.name(), Date.from(missingSince))
                .correlateWithResult());
    }

    @Override
    public void childReturned(String reference, Instant returnedAt) {
        correlate(reference, () -> runtimeService.createMessageCorrelation(Messages.CHILD_RETURNED)
                .processInstanceBusinessKey(reference)
                .setVariable(Vars.RETURNED_AT.name(), Date.from(returnedAt))
                .correlateWithResult());
    }

    @Override
    public void absenceEnded(String absenceReference, boolean becameMissing) {
        correlate(absenceReference, () -> runtimeService.createMessageCorrelation(becameMissing
                ? MissingProcess.Messages.ABSENT_CHILD_MISSING : MissingProcess.Messages.ABSENT_CHILD_BACK)
                .processInstanceBusinessKey(absenceReference)
                .correlateWithResult());
    }

    private void correlate(String reference, Runnable correlation) {
        try {
            asSystem.run(correlation);
        } catch (MismatchingMessageCorrelationException e) {
            // the concern's process has ended or is not waiting for this message
            throw new ConflictException("Concern " + reference + " is not waiting for this report");
        }
    }
}
