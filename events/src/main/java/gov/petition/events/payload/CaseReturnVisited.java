package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * Staff recorded the return visit (回访).
 *
 * @param outcome     SOLVED, UNSOLVED or UNREACHED
 * @param visitorId   the official who visited or called
 * @param visitorName the official's real name
 */
public record CaseReturnVisited(String caseId, String unitId, String outcome, String note, String visitorId,
                                String visitorName, OffsetDateTime at) {
}
