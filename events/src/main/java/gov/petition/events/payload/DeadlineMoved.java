package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * A deadline of a case was recomputed and moved: it had been counted across days whose holiday arrangement was not yet
 * published (provisional), and the arrangement has now been loaded. The timers follow the new deadline.
 *
 * @param step        SIGN, ACCEPT or REPLY
 * @param previousDue the deadline as it was
 * @param due         the deadline from now on
 * @param reason      why, in words the citizen reads
 */
public record DeadlineMoved(String caseId, String unitId, String unitName, String step, OffsetDateTime previousDue,
                            OffsetDateTime due, String reason, OffsetDateTime at) {
}
