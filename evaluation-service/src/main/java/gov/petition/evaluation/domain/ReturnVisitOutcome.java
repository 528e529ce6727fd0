package gov.petition.evaluation.domain;

/** What the return visit (回访) found. */
public enum ReturnVisitOutcome {
    SOLVED("已解决"),
    UNSOLVED("未解决"),
    UNREACHED("未联系上");

    private final String label;

    ReturnVisitOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
