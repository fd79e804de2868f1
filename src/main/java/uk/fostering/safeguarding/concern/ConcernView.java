package uk.fostering.safeguarding.concern;

import java.util.List;
import uk.fostering.safeguarding.chronology.ConcernEvent;

/** A concern as one reader sees it: the record, what is waiting and what happened. */
public record ConcernView(Concern concern, List<OpenTask> openTasks, List<ConcernEvent> chronology) {
}
