package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * The case is closed: nothing more happens to it.
 *
 * @param reason RETURN_VISIT, REVIEW, REJECTED or NOT_RATED
 */
public record CaseClosed(String caseId, String unitId, String reason, OffsetDateTime at) {
}
