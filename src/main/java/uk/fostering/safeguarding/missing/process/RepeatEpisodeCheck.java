package uk.fostering.safeguarding.missing.process;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.missing.EpisodeSteps;
import uk.fostering.safeguarding.process.MissingProcess.Vars;
import uk.fostering.safeguarding.shared.RiskLevel;

/** Applies the repeat rule as an episode starts; the model tells the fostering manager when it applies. */
@Component("repeatEpisodeCheck")
class RepeatEpisodeCheck implements JavaDelegate {

    private final EpisodeSteps episodes;

    RepeatEpisodeCheck(EpisodeSteps episodes) {
        this.episodes = episodes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<RiskLevel> level = episodes.applyRepeatRule(execution.getProcessBusinessKey(),
                (Integer) execution.getVariable(Vars.EPISODE_NUMBER));
        execution.setVariable(Vars.REPEATEDLY_MISSING, level.isPresent());
        level.ifPresent(l -> ConcernRiskLevel.set(execution, l));
    }
}
