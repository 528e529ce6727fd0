package gov.petition.notification.domain;

/** Who a notice is for; the delivery log's {@code recipient_kind} and the folder of its templates. */
public enum Audience {
    /** The citizen who wrote; reached by the contact or channel of the petition. */
    CITIZEN("市民"),
    /** The unit that holds the case; reached by the contacts staff keep for it. */
    UNIT("承办单位"),
    /** A leader's office: cases awaiting instruction, hot spots in their area. */
    LEADER("领导");

    public final String label;

    Audience(String label) {
        this.label = label;
    }

    public String templateFolder() {
        return name().toLowerCase();
    }
}
