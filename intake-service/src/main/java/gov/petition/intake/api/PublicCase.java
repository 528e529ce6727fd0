package gov.petition.intake.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** A disclosed case as the public reads it: personal data redacted, replies signed by their responders. */
@Schema(name = "PublicCase")
public record PublicCase(
        @Schema(example = "A2026-11-000123") String caseId,
        @Schema(example = "小区电梯坏了三个月没人修") String title,
        @Schema(example = "A3区某小区＊栋电梯自8月起停运，联系电话[电话已隐去]") String content,
        @Schema(example = "城乡建设") String category,
        @Schema(example = "MAILBOX") String channel,
        @Schema(example = "ROUTED") String status,
        CaseView.Unit unit,
        OffsetDateTime receivedAt,
        List<Reply> replies) {

    /** A published reply (答复). */
    @Schema(name = "PublicReply")
    public record Reply(OffsetDateTime at, String unitId, String unitName, @Schema(description = "The named responder") String by,
                        String text) {
    }
}
