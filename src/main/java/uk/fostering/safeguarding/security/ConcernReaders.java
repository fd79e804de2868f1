package uk.fostering.safeguarding.security;

import java.util.Collection;

/** Where it is written down that a person may read a concern (the engine's grants, in {@code security.process}). */
public interface ConcernReaders {

    /** Lets these people read the concern's process instance and its history; granting twice changes nothing. */
    void allow(Collection<String> userIds, String processInstanceId);

    /** Lets the person open one task of a concern (read it and its form, not work it); granting twice changes nothing. */
    void allowTask(String userId, String taskId);

    /** Takes the person's reading of the concern's process instance and its history away; whether they held it. */
    boolean disallow(String userId, String processInstanceId);

    /** Takes every grant the person holds on one task away (opening and working it); whether they held one. */
    boolean disallowTask(String userId, String taskId);

    /**
     * Takes away every grant the person holds on these process instances (running and historic) and these tasks
     * (open and done): nothing of them is left for the person to read or work.
     */
    void disallow(String userId, Collection<String> processInstanceIds, Collection<String> taskIds);
}
