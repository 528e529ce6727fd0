package gov.petition.evaluation.api;

import gov.petition.evaluation.domain.Satisfaction;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The citizen's rating of a reply; the tracking code proves the case is theirs. */
@Schema(name = "RatingRequest")
public record RatingRequest(
        @NotBlank @Size(max = 16) @Schema(required = true, description = "The code the citizen got on submission",
                example = "K7QM2X9PRT") String trackingCode,
        @NotNull @Schema(required = true, description = "满意 / 基本满意 / 不满意", example = "UNSATISFIED") Satisfaction rating,
        @NotNull @Schema(required = true, description = "Whether the problem was solved", example = "false") Boolean solved,
        @Size(max = 2000) @Schema(description = "The citizen's words", example = "协管员只来了两天，问题依旧。") String comment) {
}
