package gov.petition.notification.domain;

import java.util.Optional;

/**
 * What the citizen is told at each step, and on which channel. Texts are bilingual, Chinese first.
 * The notification issue replaces these with Qute templates per event type and language.
 */
public final class CitizenMessages {

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
    }

    private CitizenMessages() {
    }

    /** The text for a step, with the tracking code shown only by its ends in the stored copy. */
    public static Optional<String> text(String type, String caseId, String trackingCode, String unitName) {
        return Optional.ofNullable(switch (type) {
            case "gov.petition.case.received" -> "您的诉求已收到，编号 %s，查询码 %s。/ Your petition %s was received; tracking code %s."
                    .formatted(caseId, maskCode(trackingCode), caseId, maskCode(trackingCode));
            case "gov.petition.case.routed" -> "您的诉求 %s 已转交 %s 办理。/ Petition %s has been passed to %s."
                    .formatted(caseId, unitName, caseId, unitName);
            default -> null;
        });
    }

    static String maskCode(String code) {
        return code == null || code.length() < 6 ? "******" : code.substring(0, 2) + "******" + code.substring(code.length() - 2);
    }
}
