package gov.petition.handling.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** What a handling step left: the case's new status, what may come next, and who signed the step. */
@Schema(name = "ActionAnswer")
public record ActionAnswer(
        @Schema(example = "A2026-11-000123") String caseId,
        @Schema(description = "The step taken", example = "sign") String action,
        @Schema(description = "The case's status now", example = "SIGNED") String status,
        @Schema(example = "已签收") String statusLabel,
        @Schema(description = "The steps the case now allows", example = "[\"accept\", \"reject\", \"return\"]") List<String> allowedActions,
        @Schema(description = "The unit that took the step", example = "xd.a.jyj") String unitId,
        @Schema(description = "The responder's real name (实名回应)", example = "钟新浩") String responderName,
        @Schema(example = "2026-11-23T09:45:00Z") OffsetDateTime at,
        @Schema(description = "The earliest deadline the case now runs against (its status's, or an urgent case's handle or fix), if any", example = "2026-11-23T17:00:00+08:00") OffsetDateTime nextDue) {
}
