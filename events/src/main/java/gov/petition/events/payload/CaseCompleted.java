package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * The unit completed a case (办结); the citizen may now rate the reply.
 *
 * @param unitId        the unit holding the case
 * @param responderId   the official who acted (token subject)
 * @param responderName the official's real name, shown to the citizen (实名回应)
 * @param note          the official's optional note
 */
public record CaseCompleted(String caseId, String unitId, String unitName, String responderId, String responderName,
                            String note, OffsetDateTime at) {
}
