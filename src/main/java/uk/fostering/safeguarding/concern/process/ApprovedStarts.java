package uk.fostering.safeguarding.concern.process;

import java.util.HashSet;
import java.util.Set;

/**
 * The concerns the service itself is starting on this thread, after it registered them and took the
 * child's people from the registry. The intake trusts a start's routing variables only for these; any
 * other start (Tasklist's start form, or someone's call to the engine) is registered from its form.
 */
final class ApprovedStarts {

    private static final ThreadLocal<Set<String>> APPROVED = ThreadLocal.withInitial(HashSet::new);

    private ApprovedStarts() {
    }

    static void run(String reference, Runnable start) {
        APPROVED.get().add(reference);
        try {
            start.run();
        } finally {
            APPROVED.get().remove(reference);
        }
    }

    /** Whether the service approved starting this concern; an approval is used once. */
    static boolean consume(String reference) {
        return reference != null && APPROVED.get().remove(reference);
    }
}
