package gov.petition.evaluation.domain;

import java.time.OffsetDateTime;

/**
 * One case as the figures see it: the unit responsible and when each counted step first happened;
 * {@code ratingExpiredAt} when a reply round went unrated past the rating time (counted as not rated).
 */
public record CaseRecord(String caseId, String unitId, String unitName, OffsetDateTime receivedAt,
                         OffsetDateTime acceptedAt, OffsetDateTime rejectedAt, OffsetDateTime replyDue,
                         OffsetDateTime repliedAt, OffsetDateTime completedAt, Satisfaction rating, Boolean solved,
                         OffsetDateTime ratedAt, OffsetDateTime ratingExpiredAt) {

    /** A case with no expired rating round. */
    public CaseRecord(String caseId, String unitId, String unitName, OffsetDateTime receivedAt,
                      OffsetDateTime acceptedAt, OffsetDateTime rejectedAt, OffsetDateTime replyDue,
                      OffsetDateTime repliedAt, OffsetDateTime completedAt, Satisfaction rating, Boolean solved,
                      OffsetDateTime ratedAt) {
        this(caseId, unitId, unitName, receivedAt, acceptedAt, rejectedAt, replyDue, repliedAt, completedAt, rating, solved,
                ratedAt, null);
    }
}
