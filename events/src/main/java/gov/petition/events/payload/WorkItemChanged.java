package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * A unit's work queue changed: a case arrived, moved on, or left it. Published to the work-queue topic keyed by
 * unit id, for departments that plug their own systems in.
 *
 * @param change   ADDED, UPDATED or REMOVED
 * @param status   the case's handling status now (ROUTED, SIGNED, ACCEPTED, REPLIED, ...)
 * @param nextDue  the next deadline the unit must meet, if any
 * @param overdue  whether a deadline has passed
 */
public record WorkItemChanged(String caseId, String unitId, String change, String status, String title,
                              String category, OffsetDateTime nextDue, boolean overdue, OffsetDateTime at) {
}
