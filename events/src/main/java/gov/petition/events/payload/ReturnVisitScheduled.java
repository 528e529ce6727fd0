package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * A return visit (回访) was scheduled after completion; the citizen is told to expect it.
 *
 * @param due when staff should visit or call
 */
public record ReturnVisitScheduled(String caseId, String unitId, OffsetDateTime due, OffsetDateTime at) {
}
