package gov.petition.notification.domain;

/** How a notice reaches its recipient. */
public enum DeliveryChannel {
    SMS("短信"),
    EMAIL("电子邮件"),
    /** An HMAC-signed POST: to the back end of the channel the petition came from, or to a unit's own system. */
    WEBHOOK("回调"),
    /** No one to reach (anonymous, no contact given, a unit without contacts): logged as SKIPPED. */
    NONE("无");

    public final String label;

    DeliveryChannel(String label) {
        this.label = label;
    }
}
