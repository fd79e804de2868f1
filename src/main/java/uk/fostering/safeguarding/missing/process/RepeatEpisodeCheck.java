package uk.fostering.safeguarding.missing.process;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.missing.EpisodeSteps;
import uk.fostering.safeguarding.process.MissingProcess;
import uk.fostering.safeguarding.process.MissingProcess.CodeVars;
import uk.fostering.safeguarding.process.MissingProcess.Vars;
import uk.fostering.safeguarding.shared.RiskLevel;

/** Applies the repeat rule as an episode starts; the model tells the fostering manager when it applies. */
@Component(MissingProcess.Beans.REPEAT_CHECK)
class RepeatEpisodeCheck implements JavaDelegate {

    private final EpisodeSteps episodes;

    RepeatEpisodeCheck(EpisodeSteps episodes) {
        this.episodes = episodes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<RiskLevel> level = episodes.applyRepeatRule(execution.getProcessBusinessKey(),
                CodeVars.EPISODE_NUMBER.get(execution));
        Vars.REPEATEDLY_MISSING.set(execution, level.isPresent());
        level.ifPresent(l -> ConcernRiskLevel.set(execution, l));
    }
}
