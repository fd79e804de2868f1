package uk.fostering.safeguarding.allegation;

import java.util.Collection;
import uk.fostering.safeguarding.registry.DesignatedOfficer;
import uk.fostering.safeguarding.shared.RiskLevel;

/** The engine side of an allegation about the carer's household. */
public interface AllegationWorkflow {

    /**
     * From now on the concern is not the household's: its steps and those to come go to the registered manager and
     * the child's social worker instead of the carers and the SSW (clocks kept), and the carers lose every grant on
     * the concern, its missing episodes and their tasks and history.
     */
    void keepAwayFrom(String reference, Collection<String> carers, String registeredManagerId, String socialWorkerId);

    /** Starts the registered manager's step "Refer to the designated officer (LADO)". */
    void startReferral(String reference, String childId, RiskLevel riskLevel, String registeredManagerId,
            DesignatedOfficer officer);

    /** A manager decided that the carers may see the concern (and its missing episodes) again: read only. */
    void letSee(String reference, Collection<String> carers);
}
