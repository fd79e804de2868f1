package uk.fostering.safeguarding.concern.process;

import java.util.HashMap;
import java.util.Map;
import uk.fostering.safeguarding.concern.Concern;
import uk.fostering.safeguarding.concern.Indicator;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.registry.Placement;

/** The only facts about a concern that enter the process: ids and what routing and the risk decision need. */
final class RoutingVariables {

    static Map<String, Object> of(Concern concern, Placement placement) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.REFERENCE, concern.getReference());
        vars.put(Vars.CHILD_ID, concern.getChildId());
        vars.put(Vars.CARER_ID, placement.carerId());
        vars.put(Vars.SSW_ID, placement.sswId());
        vars.put(Vars.SOCIAL_WORKER_ID, placement.socialWorkerId());
        vars.put(Vars.RAISED_BY, concern.getRaisedBy());
        vars.put(Vars.CATEGORY, concern.getCategory().name());
        vars.put(Vars.IMMEDIATE_DANGER, concern.isImmediateDanger());
        vars.put(Vars.CHILD_MISSING, concern.isChildMissing());
        vars.put(Vars.CHILD_AGE, placement.childAge());
        vars.put(Vars.INDICATOR_COUNT, concern.indicatorList().size());
        vars.put(Vars.SERIOUS_INDICATOR, concern.indicatorList().stream().anyMatch(Indicator::isSerious));
        vars.put(Vars.URGENT, concern.isImmediateDanger());
        return vars;
    }

    private RoutingVariables() {
    }
}
