package gov.petition.handling.domain;

/** How the supervising unit concluded a supervision record. */
public enum SupervisionOutcome {
    /** The supervised unit resolved the matter. */
    RESOLVED("已解决"),
    /** The unit was held accountable (通报、约谈、问责). */
    PENALISED("已问责"),
    /** Opened in error or overtaken by events. */
    WITHDRAWN("已撤销");

    private final String label;

    SupervisionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
