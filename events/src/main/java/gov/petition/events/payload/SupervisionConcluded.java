package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * A supervision record was concluded by the supervising unit.
 *
 * @param outcome      RESOLVED, PENALISED or WITHDRAWN
 * @param officialId   the supervising official (token subject)
 * @param officialName the official's real name
 */
public record SupervisionConcluded(String caseId, String supervisionId, String supervisingUnitId, String outcome,
                                   String officialId, String officialName, String note, OffsetDateTime at) {
}
