package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * The unit contacted the citizen about a case (沟通): how, and what was said.
 *
 * @param unitId        the unit holding the case
 * @param responderId   the official who acted (token subject)
 * @param responderName the official's real name, shown to the citizen (实名回应)
 * @param note          the official's optional note
 * @param method        PHONE, VISIT, SMS or OTHER
 * @param summary       what was discussed
 */
public record CaseContacted(String caseId, String unitId, String unitName, String responderId, String responderName,
                            String method, String summary, String note, OffsetDateTime at) {
}
