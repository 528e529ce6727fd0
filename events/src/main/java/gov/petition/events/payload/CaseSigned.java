package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * The unit signed for a case (签收): it acknowledges the case is now in its hands.
 *
 * @param unitId        the unit holding the case
 * @param responderId   the official who acted (token subject)
 * @param responderName the official's real name, shown to the citizen (实名回应)
 * @param note          the official's optional note
 * @param acceptDue     when the unit must accept or decline it, on the working-day calendar
 */
public record CaseSigned(String caseId, String unitId, String unitName, String responderId, String responderName,
                         String note, OffsetDateTime acceptDue, OffsetDateTime at) {
}
