package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * A notification about a case step reached its recipient's channel (the SMTP server or SMS gateway accepted it).
 *
 * @param notificationId the delivery log entry
 * @param eventType      the step the citizen was told of
 * @param recipient      masked, e.g. 138****8000; never a usable contact
 * @param channel        SMS or EMAIL
 * @param attempts       tries it took, the successful one included
 */
public record NotificationDelivered(String caseId, String notificationId, String eventType, String recipient,
                                    String channel, int attempts, OffsetDateTime at) {
}
