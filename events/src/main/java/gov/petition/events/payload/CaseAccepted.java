package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * The unit accepted a case for handling (受理).
 *
 * @param unitId        the unit holding the case
 * @param responderId   the official who acted (token subject)
 * @param responderName the official's real name, shown to the citizen (实名回应)
 * @param note          the official's optional note
 * @param replyDue      when the unit must reply to the citizen, on the working-day calendar
 */
public record CaseAccepted(String caseId, String unitId, String unitName, String responderId, String responderName,
                           String note, OffsetDateTime replyDue, OffsetDateTime at) {
}
