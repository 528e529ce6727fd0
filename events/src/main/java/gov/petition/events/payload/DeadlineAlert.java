package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * A durable timer fired for a case step: a warning before its deadline (gov.petition.case.deadline-warned) or the
 * deadline passed with the step not done (gov.petition.case.deadline-missed). Each fires once per step and deadline.
 *
 * @param step the step due: SIGN, ACCEPT, REPLY, HANDLE (urgent: made safe on site), FIX (urgent: repaired) or SUPERVISION
 * @param due  the deadline
 */
public record DeadlineAlert(String caseId, String unitId, String unitName, String step, OffsetDateTime due,
                            OffsetDateTime at) {
}
