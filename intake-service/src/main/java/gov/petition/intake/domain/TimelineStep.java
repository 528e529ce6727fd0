package gov.petition.intake.domain;

import java.time.OffsetDateTime;

/**
 * One step of a case as the citizen sees it, projected from one event of any service.
 *
 * @param status       the status the step puts the case in, or null for steps that change none
 * @param assignsUnit  whether the step makes {@code unitId} the unit now holding the case
 * @param deadlineKind the kind of deadline the step sets (ACCEPT, REPLY, SUPERVISION, RETURN_VISIT) or, for a missed
 *                     deadline, the step that missed it; null otherwise
 * @param deadlineDue  that deadline
 */
public record TimelineStep(String eventId, String caseId, String type, OffsetDateTime at, String unitId,
                           String unitName, String by, String text, CaseStatus status, boolean assignsUnit,
                           String deadlineKind, OffsetDateTime deadlineDue) {
}
