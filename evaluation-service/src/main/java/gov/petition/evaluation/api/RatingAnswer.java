package gov.petition.evaluation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a rating did: the round it counted for and whether the case went back to the unit. */
@Schema(name = "RatingAnswer")
public record RatingAnswer(
        @Schema(example = "A2026-11-000123") String caseId,
        @Schema(description = "The reply round rated: 1 for the first reply, one more after each reopening", example = "1") int round,
        @Schema(example = "UNSATISFIED") String rating,
        @Schema(example = "false") boolean solved,
        @Schema(description = "True when the case went back to the unit for handling again", example = "true") boolean reopened,
        @Schema(description = "True when it would have, but the reopening rounds are used up: third-party review comes next",
                example = "false") boolean awaitsReview) {
}
