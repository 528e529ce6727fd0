package gov.petition.evaluation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** The return visit recorded, and the case closed after it. */
@Schema(name = "ReturnVisitAnswer")
public record ReturnVisitAnswer(
        @Schema(example = "A2026-11-000123") String caseId,
        @Schema(example = "SOLVED") String outcome,
        @Schema(example = "2026-11-30T02:00:00Z") OffsetDateTime at,
        @Schema(example = "true") boolean closed,
        @Schema(description = "Why the case closed", example = "RETURN_VISIT") String closedReason) {
}
