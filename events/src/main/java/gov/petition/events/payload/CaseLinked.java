package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * A new case looks like a duplicate of an open case; it is linked to it, not merged.
 *
 * @param linkedCaseId the open case it resembles
 * @param relation     SAME_CITIZEN (the same citizen about the same matter) or SAME_PLACE_PROBLEM
 * @param similarity   text similarity of the two cases, 0..1
 */
public record CaseLinked(String caseId, String linkedCaseId, String relation, double similarity, OffsetDateTime at) {
}
