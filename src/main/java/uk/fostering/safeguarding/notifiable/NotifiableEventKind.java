package uk.fostering.safeguarding.notifiable;

/**
 * The events a fostering service must tell Ofsted and the placing authority about (Schedule 7 of the Fostering
 * Services (England) Regulations 2011, as services apply it). Each has the words a task's name uses after
 * "Notify Ofsted of".
 */
public enum NotifiableEventKind {
    CHILD_EXPLOITATION("a child's known or suspected exploitation"),
    ALLEGATION_AGAINST_CARER("an allegation about a carer or their household"),
    CHILD_MISSING("a child missing from care"),
    POLICE_CALLED_TO_HOME("the police called to the carer's home"),
    SERIOUS_INCIDENT("a serious incident");

    private final String label;

    NotifiableEventKind(String label) {
        this.label = label;
    }

    /** The words people read: lower case, to follow "Notify Ofsted of". */
    public String label() {
        return label;
    }
}
