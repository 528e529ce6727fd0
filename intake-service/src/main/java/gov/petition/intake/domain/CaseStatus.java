package gov.petition.intake.domain;

/** The status a citizen sees, with its Chinese label. */
public enum CaseStatus {
    RECEIVED("已接收"),
    ROUTED("已转办"),
    SIGNED("已签收"),
    ACCEPTED("已受理"),
    REJECTED("不予受理"),
    IN_PROGRESS("办理中"),
    REPLIED("已答复"),
    COMPLETED("已办结"),
    REOPENED("重新办理"),
    CLOSED("已关闭");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
