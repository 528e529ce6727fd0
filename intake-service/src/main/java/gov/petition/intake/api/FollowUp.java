package gov.petition.intake.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A citizen's follow-up message on their open case. */
@Schema(name = "FollowUp")
public record FollowUp(
        @NotBlank @Size(max = 16) @Schema(required = true, example = "K7QM2X9PRT") String trackingCode,
        @NotBlank @Size(max = 2000) @Schema(required = true,
                example = "昨天答复说本周维修，但电梯今天仍然停运，请问具体什么时候修好？") String text) {

    /** The answer: the follow-up's id. */
    @Schema(name = "FollowUpAnswer")
    public record Answer(String caseId, String followUpId) {
    }
}
