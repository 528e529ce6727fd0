package gov.petition.notification.delivery;

import gov.petition.notification.domain.CitizenMessages.DeliveryChannel;

import java.util.UUID;

/**
 * One message on its way to one address.
 *
 * @param address the phone number or e-mail address in clear: never logged (see {@link #toString()})
 */
public record Delivery(UUID notificationId, String caseId, String eventType, DeliveryChannel channel, String address,
                       String subject, String body) {

    @Override
    public String toString() {
        return "Delivery[" + notificationId + " of case " + caseId + " via " + channel + "]";
    }
}
