package gov.petition.intake.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a channel gets back: the case and the code the citizen follows it with. */
@Schema(name = "SubmitAnswer")
public record SubmitAnswer(
        @Schema(example = "A2026-11-000123") String caseId,
        @Schema(example = "K7QM2X9PRT") String trackingCode,
        @Schema(example = "RECEIVED") String status) {
}
