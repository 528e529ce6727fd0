package gov.petition.notification.delivery;

import gov.petition.notification.domain.Audience;
import gov.petition.notification.domain.DeliveryChannel;

import java.util.Map;
import java.util.UUID;

/**
 * One message on its way to one address.
 *
 * @param address   the phone number, e-mail address or webhook URL in clear: never logged (see {@link #toString()})
 * @param secret    the webhook's shared secret; null for other channels
 * @param recipient what a webhook receiver needs to pass the message on (channel, user handle, post, or unit id)
 */
public record Delivery(UUID notificationId, String caseId, String eventType, Audience audience, DeliveryChannel channel,
                       String address, String secret, Map<String, String> recipient, String subject, String body) {

    @Override
    public String toString() {
        return "Delivery[" + notificationId + " of case " + caseId + " via " + channel + "]";
    }
}
