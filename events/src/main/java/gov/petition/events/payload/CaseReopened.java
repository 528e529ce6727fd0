package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * The case goes back to the unit for handling again, because the citizen was unsatisfied and the problem unsolved.
 *
 * @param unitId   the unit that handles the case again
 * @param unitName its name, shown to the citizen
 * @param reason   why, in words the citizen reads
 * @param round    the reply round whose rating reopened the case
 */
public record CaseReopened(String caseId, String unitId, String unitName, String reason, int round, OffsetDateTime at) {
}
