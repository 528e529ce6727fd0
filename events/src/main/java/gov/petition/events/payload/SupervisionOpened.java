package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * A supervision record (督办) was opened for a case, owned by the supervising unit, with its own deadline.
 *
 * @param supervisionId     the supervision record
 * @param supervisingUnitId the unit that supervises
 * @param unitId            the unit supervised (holding the case)
 * @param trigger           OVERDUE, BOUNCING, REPEATED_UNRESOLVED or MANUAL
 * @param reason            in words the supervised unit reads
 * @param due               when the supervised unit must have answered the supervision
 */
public record SupervisionOpened(String caseId, String supervisionId, String supervisingUnitId,
                                String supervisingUnitName, String unitId, String unitName, String trigger,
                                String reason, OffsetDateTime due, OffsetDateTime at) {
}
