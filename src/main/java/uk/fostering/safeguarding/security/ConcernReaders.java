package uk.fostering.safeguarding.security;

/** Where it is written down that a person may read a concern (the engine's grants, in {@code security.process}). */
public interface ConcernReaders {

    /** Lets the person read the concern's process instance and its history; granting twice changes nothing. */
    void allow(String userId, String processInstanceId);

    /** Lets the person open one task of a concern (read it and its form, not work it); granting twice changes nothing. */
    void allowTask(String userId, String taskId);

    /** Takes the person's reading of the concern's process instance and its history away; whether they held it. */
    boolean disallow(String userId, String processInstanceId);

    /** Takes every grant the person holds on one task away (opening and working it); whether they held one. */
    boolean disallowTask(String userId, String taskId);
}
