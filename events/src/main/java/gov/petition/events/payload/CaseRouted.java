package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * Routing chose the unit responsible for a case: automatically, by a dispatcher, or by a leader's instruction.
 *
 * @param officialId the official addressed, when the letter named one
 * @param reason     why this unit: ADDRESSEE, LEADER, RULE, CLASSIFIER, DISPATCH (to the 12345 dispatch desk),
 *                   MANUAL (a dispatcher chose it) or INSTRUCTION (a leader's instruction named it)
 * @param confidence how sure routing is, 0..1
 * @param routedBy   the dispatcher or leader who decided, when a person did; null for automatic routing
 * @param leaderRequired whether the case must be instructed by a leader in person before a unit handles it
 * @param attempt    1 for the first routing decision, one more for each re-routing after a return
 */
public record CaseRouted(
        String caseId,
        String unitId,
        String unitName,
        String officialId,
        String category,
        String reason,
        double confidence,
        OffsetDateTime routedAt,
        String routedBy,
        boolean leaderRequired,
        int attempt) {

    /** The first, automatic routing decision. */
    public CaseRouted(String caseId, String unitId, String unitName, String officialId, String category, String reason,
                      double confidence, OffsetDateTime routedAt) {
        this(caseId, unitId, unitName, officialId, category, reason, confidence, routedAt, null, false, 1);
    }
}
