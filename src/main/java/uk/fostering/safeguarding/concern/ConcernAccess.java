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

    /**
     * Anyone close to the child may report them missing or back: the carer, the carer's SSW, the
     * child's social worker, and the emergency duty team for any child out of hours.
     */
    public boolean mayReportMissing(Caller caller, Placement placement) {
        return mayRaise(caller, placement) || caller.hasRole(Roles.EMERGENCY_DUTY_TEAM)
                || (caller.hasRole(Roles.SOCIAL_WORKERS) && caller.userId().equals(placement.socialWorkerId()));
    }
}
