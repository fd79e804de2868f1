package uk.fostering.safeguarding.concern;

/**
 * Signs a carer may notice (the contract's codes). None is proof on its own; a few are serious
 * enough that the risk decision treats any one of them as high risk.
 */
public enum Indicator {
    MISSING_OR_LATE(false),
    UNEXPLAINED_GIFTS(false),
    OLDER_OR_CONTROLLING_PARTNER(true),
    UNKNOWN_ADULTS_OR_CARS(false),
    SEXUAL_HEALTH(true),
    SUBSTANCE_MISUSE(false),
    SECRETIVE_ONLINE(false),
    SCHOOL_ABSENCE(false),
    EXPLOITED_PEERS_OR_GANGS(false),
    SELF_HARM_OR_DISTRESS(false),
    UNEXPLAINED_INJURIES(true),
    SEXUALISED_BEHAVIOUR(false),
    DISCLOSURE_WITHDRAWN(true),
    OTHER(false);

    private final boolean serious;

    Indicator(boolean serious) {
        this.serious = serious;
    }

    public boolean isSerious() {
        return serious;
    }
}
