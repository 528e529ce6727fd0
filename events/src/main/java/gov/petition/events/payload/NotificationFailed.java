package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * A notification about a case step could not be delivered after the last try.
 *
 * @param notificationId the delivery log entry
 * @param eventType      the step the citizen should have been told of
 * @param recipient      masked, e.g. 138****8000; never a usable contact
 * @param channel        SMS or EMAIL
 * @param attempts       tries made
 * @param error          the last error, without personal data
 */
public record NotificationFailed(String caseId, String notificationId, String eventType, String recipient,
                                 String channel, int attempts, String error, OffsetDateTime at) {
}
