package gov.petition.handling.domain;

/** How a unit reached the citizen (沟通方式). */
public enum ContactMethod {
    PHONE("电话"),
    VISIT("上门走访"),
    SMS("短信"),
    OTHER("其他");

    private final String label;

    ContactMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
