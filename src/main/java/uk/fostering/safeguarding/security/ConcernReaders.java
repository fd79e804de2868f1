package uk.fostering.safeguarding.security;

/** Where it is written down that a person may read a concern (the engine's grants, in {@code security.process}). */
public interface ConcernReaders {

    /** Lets the person read the concern's process instance and its history; granting twice changes nothing. */
    void allow(String userId, String processInstanceId);

    /** Lets the person open one task of a concern (read it and its form, not work it); granting twice changes nothing. */
    void allowTask(String userId, String taskId);
}
