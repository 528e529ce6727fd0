package gov.petition.notification.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the citizen is told at each step, and on which channel; the words themselves are Qute templates
 * under {@code templates/citizen/}, one per event type, Chinese first and English second.
 */
public final class CitizenMessages {

    /** The steps the citizen hears of; each has a template named after its type. */
    public static final Set<String> TYPES = Set.of(
            "gov.petition.case.received", "gov.petition.case.routed", "gov.petition.case.accepted",
            "gov.petition.case.rejected", "gov.petition.case.replied", "gov.petition.case.completed");

    /** How a message reaches the citizen. */
    public enum DeliveryChannel { SMS, EMAIL, CHANNEL_WEBHOOK, NONE }

    /** The citizen's contact as intake received it. */
    public record Contact(String channel, String phone, String email, boolean anonymous) {

        public DeliveryChannel preferred() {
            if (anonymous) {
                return DeliveryChannel.NONE;
            }
            if (phone != null) {
                return DeliveryChannel.SMS;
            }
            if (email != null) {
                return DeliveryChannel.EMAIL;
            }
            return switch (channel) {
                case "WECHAT", "WEIBO", "ALIPAY", "APP" -> DeliveryChannel.CHANNEL_WEBHOOK;
                default -> DeliveryChannel.NONE;
            };
        }

        /** The recipient as the delivery log shows it. */
        public String masked() {
            return switch (preferred()) {
                case SMS -> ContactMask.phone(phone);
                case EMAIL -> ContactMask.email(email);
                case CHANNEL_WEBHOOK -> channel + " user";
                case NONE -> anonymous ? "anonymous citizen" : "citizen (no contact)";
            };
        }

        /** The address the preferred channel sends to; null where there is none. */
        public String address() {
            return switch (preferred()) {
                case SMS -> phone;
                case EMAIL -> email;
                case CHANNEL_WEBHOOK, NONE -> null;
            };
        }
    }

    /** The values a step's template fills in; blank where the step does not carry them. */
    public record Notice(String type, String caseId, String trackingCode, String unitName, String responderName,
                         String reason, String reply, String replyDue) {

        public static Notice of(String type, String caseId) {
            return new Notice(type, caseId, null, null, null, null, null, null);
        }

        /**
         * The template data. The copy kept in the log shows the tracking code only by its ends: the log
         * is readable by staff, and the code is what proves a case is the citizen's.
         */
        public Map<String, Object> data(boolean forLog) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("caseId", blank(caseId));
            data.put("trackingCode", forLog ? maskCode(trackingCode) : blank(trackingCode));
            data.put("unitName", blank(unitName));
            data.put("responderName", blank(responderName));
            data.put("reason", blank(reason));
            data.put("reply", blank(reply));
            data.put("replyDue", blank(replyDue));
            return data;
        }

        private static String blank(String value) {
            return Objects.requireNonNullElse(value, "");
        }
    }

    private CitizenMessages() {
    }

    static String maskCode(String code) {
        return code == null || code.length() < 6 ? "******" : code.substring(0, 2) + "******" + code.substring(code.length() - 2);
    }
}
