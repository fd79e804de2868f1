package uk.fostering.safeguarding.carer;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.registry.PlacedChild;
import uk.fostering.safeguarding.registry.Registry;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.shared.NotFoundException;

/**
 * Who the carers' pages are for: the person signed in (with the Tasklist login), who must be a foster carer, and
 * the children placed with them. A child who is not theirs is not found, exactly as one that does not exist.
 */
@Component
class Carers {

    private final CurrentCaller currentCaller;
    private final Registry registry;

    Carers(CurrentCaller currentCaller, Registry registry) {
        this.currentCaller = currentCaller;
        this.registry = registry;
    }

    /** The signed-in carer; otherwise the page asks to sign in, or says it is for carers. */
    Caller carer() {
        Caller caller = currentCaller.current().orElseThrow(NotSignedIn::new);
        if (!caller.hasRole(Roles.CARERS)) {
            throw new NotACarer();
        }
        return caller;
    }

    List<PlacedChild> children(Caller carer) {
        return registry.childrenPlacedWith(carer.userId());
    }

    PlacedChild child(Caller carer, String childId) {
        return children(carer).stream().filter(c -> c.id().equals(childId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Child " + childId));
    }

    /** The name a carer knows the child by. */
    static String name(PlacedChild child) {
        return child.firstName() + " " + child.lastName();
    }

    static final class NotSignedIn extends RuntimeException {
        NotSignedIn() {
            super("not signed in", null, false, false);
        }
    }

    static final class NotACarer extends RuntimeException {
        NotACarer() {
            super("not a foster carer", null, false, false);
        }
    }
}
