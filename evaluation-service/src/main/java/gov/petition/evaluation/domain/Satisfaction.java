package gov.petition.evaluation.domain;

/** The citizen's verdict on a reply, with the words the citizen reads. */
public enum Satisfaction {
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    UNSATISFIED("不满意");

    private final String label;

    Satisfaction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Counts towards the satisfaction rate (满意 + 基本满意). */
    public boolean satisfies() {
        return this != UNSATISFIED;
    }
}
