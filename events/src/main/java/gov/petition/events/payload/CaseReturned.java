package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * The unit returned a case as not its business (退回); it goes back to dispatch to be routed again.
 *
 * @param unitId        the unit holding the case
 * @param responderId   the official who acted (token subject)
 * @param responderName the official's real name, shown to the citizen (实名回应)
 * @param note          the official's optional note
 * @param reason        why the case is not this unit's business
 */
public record CaseReturned(String caseId, String unitId, String unitName, String responderId, String responderName,
                           String reason, String note, OffsetDateTime at) {
}
