package uk.fostering.safeguarding.notifiable;

import uk.fostering.safeguarding.shared.RiskLevel;

/** The engine side of the register: each event's two notification steps. */
public interface NotificationWorkflow {

    /** Starts the steps "Notify Ofsted" and "Notify the placing authority" for a stored event. */
    void start(NotifiableEvent event, RiskLevel riskLevel, String registeredManagerId);
}
