package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * The unit asked for more time (延期申请); the supervising level grants or denies it.
 *
 * @param responderId   the official who asked (token subject)
 * @param responderName the official's real name
 * @param reason        why the unit needs more time
 * @param until         the new reply deadline asked for
 * @param extensionId   the request, named in the decision
 */
public record CaseExtensionRequested(String caseId, String extensionId, String unitId, String unitName,
                                     String responderId, String responderName, String reason, OffsetDateTime until,
                                     String note, OffsetDateTime at) {
}
