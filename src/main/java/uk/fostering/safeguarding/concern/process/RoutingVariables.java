package uk.fostering.safeguarding.concern.process;

import java.util.HashMap;
import java.util.Map;
import uk.fostering.safeguarding.concern.Concern;
import uk.fostering.safeguarding.concern.Indicator;
import uk.fostering.safeguarding.process.ConcernProcess.Vars;
import uk.fostering.safeguarding.process.ProcessVariable;
import uk.fostering.safeguarding.registry.Placement;

/** The only facts about a concern that enter the process: ids and what routing and the risk decision need. */
final class RoutingVariables {

    static Map<String, Object> of(Concern concern, Placement placement) {
        Map<String, Object> vars = new HashMap<>();
        put(vars, Vars.REFERENCE, concern.getReference());
        put(vars, Vars.CHILD_ID, concern.getChildId());
        put(vars, Vars.CARER_ID, placement.carerId());
        put(vars, Vars.SSW_ID, placement.sswId());
        put(vars, Vars.SOCIAL_WORKER_ID, placement.socialWorkerId());
        put(vars, Vars.RAISED_BY, concern.getRaisedBy());
        put(vars, Vars.CATEGORY, concern.getCategory().name());
        put(vars, Vars.IMMEDIATE_DANGER, concern.isImmediateDanger());
        put(vars, Vars.CHILD_MISSING, concern.isChildMissing());
        put(vars, Vars.CHILD_AGE, placement.childAge());
        put(vars, Vars.INDICATOR_COUNT, concern.indicatorList().size());
        put(vars, Vars.SERIOUS_INDICATOR, concern.indicatorList().stream().anyMatch(Indicator::isSerious));
        put(vars, Vars.URGENT, concern.isImmediateDanger());
        return vars;
    }

    private static <T> void put(Map<String, Object> vars, ProcessVariable<T> variable, T value) {
        vars.put(variable.name(), value);
    }

    private RoutingVariables() {
    }
}
