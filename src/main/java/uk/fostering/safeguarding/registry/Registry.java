package uk.fostering.safeguarding.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers "who is linked to this child?" for routing and access decisions. */
@Service
@Transactional(readOnly = true)
public class Registry {

    private final ChildRepository children;
    private final CarerRepository carers;
    private final StaffMemberRepository staff;
    private final ServiceRoleRepository serviceRoles;
    private final Clock clock;

    public Registry(ChildRepository children, CarerRepository carers, StaffMemberRepository staff,
            ServiceRoleRepository serviceRoles, Clock clock) {
        this.children = children;
        this.carers = carers;
        this.staff = staff;
        this.serviceRoles = serviceRoles;
        this.clock = clock;
    }

    /**
     * Who a person answers to: a carer's supervising social worker, a member of staff's line
     * manager. Empty for the top of the chain.
     */
    public Optional<String> managerOf(String userId) {
        return carers.findById(userId).map(Carer::getSswId)
                .or(() -> staff.findById(userId).map(StaffMember::getManagerId));
    }

    public Optional<String> registeredManager() {
        return serviceRoles.findById(ServiceRole.REGISTERED_MANAGER).map(ServiceRole::getUserId);
    }

    public Optional<Placement> placementOf(String childId) {
        return children.findById(childId).flatMap(child -> carers.findById(child.getCarerId())
                .map(carer -> new Placement(child.getId(), child.ageOn(LocalDate.now(clock)), carer.getUserId(),
                        carer.getSswId(), child.getSocialWorkerId())));
    }

    /** The children placed with a carer now, by first name: what the carer's own pages list, by the names the carer knows. */
    public List<PlacedChild> childrenPlacedWith(String carerId) {
        LocalDate today = LocalDate.now(clock);
        return children.findByCarerIdOrderByFirstNameAscIdAsc(carerId).stream()
                .map(c -> new PlacedChild(c.getId(), c.getFirstName(), c.getLastName(), c.ageOn(today))).toList();
    }

    /** The children whose concerns this person may see because of their own link to the child. */
    public Set<String> childrenLinkedTo(Caller caller) {
        Set<String> ids = new HashSet<>();
        if (caller.hasRole(Roles.CARERS)) {
            ids.addAll(children.idsPlacedWith(caller.userId()));
        }
        if (caller.hasRole(Roles.SSWS)) {
            ids.addAll(children.idsSupervisedBy(caller.userId()));
        }
        if (caller.hasRole(Roles.SOCIAL_WORKERS)) {
            ids.addAll(children.idsAllocatedTo(caller.userId()));
        }
        return ids;
    }
}
