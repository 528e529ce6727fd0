package gov.petition.evaluation.api;

import gov.petition.evaluation.domain.ReturnVisitOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What staff found on the return visit (回访). */
@Schema(name = "ReturnVisitRequest")
public record ReturnVisitRequest(
        @NotNull @Schema(required = true, description = "已解决 / 未解决 / 未联系上", example = "SOLVED") ReturnVisitOutcome outcome,
        @Size(max = 2000) @Schema(description = "What the citizen said", example = "电话回访，群众表示路灯已修复，满意。") String note) {
}
