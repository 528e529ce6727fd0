package gov.petition.handling.domain;

/** How an official holiday arrangement marks a day that differs from the plain Monday-to-Friday week. */
public enum DayKind {
    /** A day off (放假), even when it falls on a weekday. */
    HOLIDAY("休"),
    /** A Saturday or Sunday that is a working day (调休上班). */
    WORKDAY("班");

    private final String label;

    DayKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
