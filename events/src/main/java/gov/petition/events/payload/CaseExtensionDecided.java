package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * The supervising level granted or denied a unit's extension request; when granted the reply deadline moves.
 *
 * @param extensionId the request decided
 * @param granted     whether the extension was granted
 * @param until       the reply deadline from now on (the new date if granted, the old one if denied)
 * @param deciderId   the supervising official (token subject)
 * @param deciderName the official's real name
 */
public record CaseExtensionDecided(String caseId, String extensionId, String unitId, String unitName, boolean granted,
                                   OffsetDateTime until, String deciderId, String deciderName, String note,
                                   OffsetDateTime at) {
}
