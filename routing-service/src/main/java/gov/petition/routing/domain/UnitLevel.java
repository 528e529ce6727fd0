package gov.petition.routing.domain;

/** Tiers of the administration the directory mirrors. */
public enum UnitLevel {
    PROVINCE("省"),
    CITY("市"),
    DISTRICT("区"),
    DEPARTMENT("部门"),
    STREET("街道"),
    COMMUNITY("社区");

    private final String label;

    UnitLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
