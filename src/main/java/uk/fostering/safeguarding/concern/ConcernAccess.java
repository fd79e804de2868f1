package uk.fostering.safeguarding.concern;

import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.registry.Placement;
import uk.fostering.safeguarding.registry.Registry;
import uk.fostering.safeguarding.registry.Roles;

/**
 * Who may see and raise concerns about a child: the child's carer, the carer's SSW and the
 * child's social worker see their own children; managers and the emergency duty team see all.
 */
@Component
public class ConcernAccess {

    private final Registry registry;

    public ConcernAccess(Registry registry) {
        this.registry = registry;
    }

    public boolean maySee(Caller caller, String childId) {
        return caller.overseesAll() || registry.childrenLinkedTo(caller).contains(childId);
    }

    /** Carers raise concerns about children placed with them; SSWs may do it on a carer's behalf. */
    public boolean mayRaise(Caller caller, Placement placement) {
        return (caller.hasRole(Roles.CARERS) && caller.userId().equals(placement.carerId()))
                || (caller.hasRole(Roles.SSWS) && caller.userId().equals(placement.sswId()));
    }
}
