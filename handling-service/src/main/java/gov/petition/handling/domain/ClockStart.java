package gov.petition.handling.domain;

/** The moment a time limit starts to run. */
public enum ClockStart {
    /** When the citizen's petition was received: the citizen's clock, for emergencies. */
    RECEIVED("收到诉求"),
    /** When the case was routed to the unit: the unit's clock, which restarts when the case is routed again. */
    ROUTED("交办");

    private final String label;

    ClockStart(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
