package gov.petition.handling.domain;

/** Why a supervision record (督办) was opened. */
public enum SupervisionTrigger {
    /** The reply deadline passed without a reply (逾期未答复). */
    OVERDUE("逾期督办"),
    /** Routing reported the case bouncing between units (空转/推诿). */
    BOUNCING("空转督办"),
    /** Evaluation reported the same problem unresolved twice (重复未解决, Guangyuan's rule). */
    REPEATED_UNRESOLVED("重复未解决督办"),
    /** Opened by hand by the supervising unit. */
    MANUAL("人工督办");

    private final String label;

    SupervisionTrigger(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
