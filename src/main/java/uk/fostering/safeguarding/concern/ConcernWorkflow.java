package uk.fostering.safeguarding.concern;

import java.util.List;
import java.util.Set;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.registry.Placement;

/** What the concern feature needs from the process engine; the engine-facing side implements it. */
public interface ConcernWorkflow {

    void start(Concern concern, Placement placement);

    void requestSocialWorkerNotice(String reference);

    List<OpenTask> openTasks(String reference);

    /** Whether the engine's authorizations let the caller see the concern: the one place that decides. */
    boolean maySee(String reference, Caller caller);

    /** The references of every concern the engine's authorizations let the caller see. */
    Set<String> visibleTo(Caller caller);
}
