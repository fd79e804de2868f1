package uk.fostering.safeguarding.registryadmin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.fostering.safeguarding.registryadmin.Entries.Authority;
import uk.fostering.safeguarding.registryadmin.Entries.Carer;
import uk.fostering.safeguarding.registryadmin.Entries.Child;
import uk.fostering.safeguarding.registryadmin.Entries.Household;
import uk.fostering.safeguarding.registryadmin.Entries.Placement;
import uk.fostering.safeguarding.registryadmin.Entries.Staff;

/**
 * The whole registry in memory, each record by its natural key: what an import is checked against. A fostering
 * service has hundreds of children and carers, not millions, so reading it all is cheaper than a query per row.
 */
final class RegistryData {

    final Map<String, Authority> authorities = new LinkedHashMap<>();
    final Map<String, Staff> staff = new LinkedHashMap<>();
    final Map<String, Household> households = new LinkedHashMap<>();
    final Map<String, Carer> carers = new LinkedHashMap<>();
    final Map<String, Child> children = new LinkedHashMap<>();
    final Map<String, Placement> placements = new LinkedHashMap<>();

    /** A copy to change: records are immutable, so the maps are copied and the records shared. */
    RegistryData copy() {
        RegistryData copy = new RegistryData();
        copy.authorities.putAll(authorities);
        copy.staff.putAll(staff);
        copy.households.putAll(households);
        copy.carers.putAll(carers);
        copy.children.putAll(children);
        copy.placements.putAll(placements);
        return copy;
    }

    List<Placement> placementsOf(String childId) {
        List<Placement> of = new ArrayList<>();
        placements.values().stream().filter(p -> p.childId().equals(childId)).forEach(of::add);
        return of;
    }
}
