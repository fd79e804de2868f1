package uk.fostering.safeguarding.shared;

/**
 * Something start-up writes to the shared database (groups, grants, Tasklist filters, demo people) or checks in it.
 * Steps run one after the other in their {@code @Order}, and only one node of a cluster runs them at a time
 * ({@link StartupWrites}), so each step may read what is there and write what is missing without racing a node
 * that starts at the same moment.
 */
public interface StartupStep {

    void run();
}
