package uk.fostering.safeguarding.concern;

import java.util.List;
import uk.fostering.safeguarding.registry.Placement;

/** What the concern feature needs from the process engine; the engine-facing side implements it. */
public interface ConcernWorkflow {

    void start(Concern concern, Placement placement);

    void requestSocialWorkerNotice(String reference);

    List<OpenTask> openTasks(String reference);
}
