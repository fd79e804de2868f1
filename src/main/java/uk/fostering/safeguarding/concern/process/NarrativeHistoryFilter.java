package uk.fostering.safeguarding.concern.process;

import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.MissingProcess;
import uk.fostering.safeguarding.process.AllegationProcess;
import uk.fostering.safeguarding.process.NotifiableProcess;

/**
 * Keeps the text people type about a child out of Camunda's history tables. Tasklist submits form
 * fields as variables and full history copies every variable change; the listeners move the text
 * into the concern record, and this filter drops the history events of those variables.
 * <p>
 * Of the other variables, history keeps each one's current value ({@code ACT_HI_VARINST}) but not a row for every
 * value it ever had ({@code ACT_HI_DETAIL}): nothing in the service reads those rows, its REST door does not open
 * {@code /history/detail}, and they were the largest group of rows a raise wrote. The history level stays FULL for the
 * rest, above all the operation log of who did what to which task; a submitted form's fields are still recorded.
 */
public class NarrativeHistoryFilter implements HistoryEventHandler {

    private final HistoryEventHandler delegate = new DbHistoryEventHandler() {
        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity variable) {
            return false;
        }
    };

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable && isNarrative(variable.getVariableName())) {
            return;
        }
        // a submitted form is also recorded field by field
        if (event instanceof HistoricFormPropertyEventEntity field && isNarrative(field.getPropertyId())) {
            return;
        }
        delegate.handleEvent(event);
    }

    private static boolean isNarrative(String name) {
        return ConcernProcess.FormFields.NARRATIVE.contains(name) || MissingProcess.FormFields.NARRATIVE.contains(name)
                || NotifiableProcess.FormFields.NARRATIVE.contains(name)
                || ConcernProcess.FollowUpFields.NARRATIVE.contains(name)
                || AllegationProcess.FormFields.NARRATIVE.contains(name);
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }
}
