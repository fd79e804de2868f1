package uk.fostering.safeguarding.concern;

import java.util.List;

/** A concern as one reader sees it: the record, what is waiting and what happened. */
public record ConcernView(Concern concern, List<OpenTask> openTasks, List<ConcernEvent> chronology) {
}
