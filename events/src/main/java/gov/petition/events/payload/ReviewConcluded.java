package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * A third-party review reached its conclusion, which closes the dispute.
 *
 * @param conclusion UPHELD (the unit handled it properly) or NOT_UPHELD (the unit must handle it again)
 * @param summary    the panel's findings in words the citizen reads
 */
public record ReviewConcluded(String caseId, String reviewId, String unitId, String conclusion, String summary,
                              OffsetDateTime at) {
}
