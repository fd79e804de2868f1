package uk.fostering.safeguarding.concern;

/**
 * Signs a carer may notice (the contract's codes). None is proof on its own; a few are serious
 * enough that the risk decision treats any one of them as high risk.
 */
public enum Indicator {
    MISSING_OR_LATE(false, "Going missing, or staying out late or overnight with no explanation"),
    UNEXPLAINED_GIFTS(false, "Money, a phone, clothes or other gifts nobody can account for"),
    OLDER_OR_CONTROLLING_PARTNER(true, "A relationship with someone much older, or someone who controls them"),
    UNKNOWN_ADULTS_OR_CARS(false, "Adults you do not know; being picked up in cars or taxis"),
    SEXUAL_HEALTH(true, "A sexually transmitted infection, pregnancy or emergency contraception"),
    SUBSTANCE_MISUSE(false, "Drugs or alcohol; coming home drunk or high"),
    SECRETIVE_ONLINE(false, "Secretive or heavy use of the phone, internet or social media"),
    SCHOOL_ABSENCE(false, "Missing school or work, or being excluded"),
    EXPLOITED_PEERS_OR_GANGS(false, "Friends who are being exploited; links to gangs"),
    SELF_HARM_OR_DISTRESS(false, "Self-harm, or a big change in mood or wellbeing"),
    UNEXPLAINED_INJURIES(true, "Injuries, bruises or bite marks with no explanation"),
    SEXUALISED_BEHAVIOUR(false, "Sexual behaviour or language unusual for their age"),
    DISCLOSURE_WITHDRAWN(true, "Told you about abuse or an assault, then took it back"),
    // the signs of criminal exploitation (county lines): added later, so clients accept that the list grows
    UNEXPLAINED_CASH_OR_PHONES(false, "Cash, more than one phone, or new things they could not afford"),
    TRAVEL_OUT_OF_AREA(false, "Found in or travelling to places far from home for no reason; tickets nobody paid for"),
    /** Already drawn into crime: the harm is happening, as with the serious signs of sexual exploitation. */
    OFFENDING_OR_WEAPONS(true, "Arrested, carrying a weapon, or drawn into crime such as carrying drugs"),
    /** Debt bondage and fear are how gangs hold a child: control is already in place. */
    CONTROLLED_OR_IN_DEBT(true, "Seems frightened or controlled by someone; owes money or favours"),
    OTHER(false, "Something else");

    private final boolean serious;
    private final String label;

    Indicator(boolean serious, String label) {
        this.serious = serious;
        this.label = label;
    }

    public boolean isSerious() {
        return serious;
    }

    /** The words people read on pages, the same as the raise form's checklist. */
    public String label() {
        return label;
    }
}
