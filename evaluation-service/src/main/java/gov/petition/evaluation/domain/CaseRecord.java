package gov.petition.evaluation.domain;

import java.time.OffsetDateTime;

/** One case as the figures see it: the unit responsible and when each counted step first happened. */
public record CaseRecord(String caseId, String unitId, String unitName, OffsetDateTime receivedAt,
                         OffsetDateTime acceptedAt, OffsetDateTime rejectedAt, OffsetDateTime replyDue,
                         OffsetDateTime repliedAt, OffsetDateTime completedAt, Satisfaction rating, Boolean solved,
                         OffsetDateTime ratedAt) {
}
