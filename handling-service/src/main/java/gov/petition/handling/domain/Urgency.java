package gov.petition.handling.domain;

/** How urgent a case is; urgent public-safety cases run on the emergency time limits. */
public enum Urgency {
    NORMAL("一般"),
    /** A danger to people now (an open manhole, a gas smell): handled within hours, in calendar time. */
    URGENT("紧急");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
