package gov.petition.intake.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One step of a case as the citizen sees it, projected from one event of any service.
 *
 * @param status      the status the step puts the case in, or null for steps that change none
 * @param assignsUnit whether the step makes {@code unitId} the unit now holding the case
 * @param deadlines   the deadlines the step sets (ACCEPT, REPLY, SUPERVISION, RETURN_VISIT; an urgent case's HANDLE
 *                    and FIX together) or, for a missed deadline, the one that was missed; empty otherwise
 */
public record TimelineStep(String eventId, String caseId, String type, OffsetDateTime at, String unitId,
                           String unitName, String by, String text, CaseStatus status, boolean assignsUnit,
                           List<Due> deadlines) {

    public TimelineStep {
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
    }

    /** A deadline of a kind, as a step names it. */
    public record Due(String kind, OffsetDateTime due) {
    }
}
