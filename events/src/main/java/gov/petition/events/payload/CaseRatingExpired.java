package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * The citizen did not rate a reply within the configured time; the round counts as not rated (never as satisfied).
 *
 * @param round the reply round left unrated
 */
public record CaseRatingExpired(String caseId, String unitId, int round, OffsetDateTime at) {
}
