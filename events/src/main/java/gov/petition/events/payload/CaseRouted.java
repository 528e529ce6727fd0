package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * Routing chose the unit responsible for a case.
 *
 * @param officialId the official addressed, when the letter named one
 * @param reason     why this unit: ADDRESSEE, LEADER, RULE, CLASSIFIER, DISPATCH
 * @param confidence how sure routing is, 0..1
 */
public record CaseRouted(
        String caseId,
        String unitId,
        String unitName,
        String officialId,
        String category,
        String reason,
        double confidence,
        OffsetDateTime routedAt) {
}
