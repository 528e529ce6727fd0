package gov.petition.handling.domain;

/** A step of handling that has a time limit. */
public enum DeadlineStep {
    SIGN("签收"),
    ACCEPT("受理"),
    REPLY("答复"),
    /** Urgent cases: someone on site making it safe. */
    HANDLE("处置"),
    /** Urgent cases: the cause repaired. */
    FIX("修复");

    private final String label;

    DeadlineStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
