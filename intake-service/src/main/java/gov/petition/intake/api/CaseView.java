package gov.petition.intake.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** The citizen's view of their case: where it is, who holds it, and every step so far. */
@Schema(name = "CaseView")
public record CaseView(
        @Schema(example = "A2026-11-000123") String caseId,
        @Schema(example = "ROUTED") String status,
        @Schema(example = "已转办") String statusLabel,
        @Schema(example = "小区电梯坏了三个月没人修") String title,
        @Schema(example = "MAILBOX") String channel,
        OffsetDateTime receivedAt,
        Unit unit,
        @Schema(description = "Set when the case is treated as urgent (紧急公共安全事项): it must be made safe on site (HANDLE) "
                + "and repaired (FIX) within round-the-clock limits from the report; null otherwise",
                nullable = true) Urgency urgency,
        List<Deadline> deadlines,
        List<Step> timeline,
        @Schema(description = "Each unit that held the case, in order, and for how long") List<Hold> holds) {

    /** One unit's hold of the case. */
    @Schema(name = "CaseHold")
    public record Hold(@Schema(example = "xd.a.a3.zjj") String unitId, @Schema(example = "A3区住房和城乡建设局") String unitName,
                       OffsetDateTime from,
                       @Schema(description = "When the case left the unit; null while the unit holds it") OffsetDateTime to,
                       @Schema(description = "Calendar hours the unit has held it, to now while it holds it", example = "26.5")
                       double hours) {
    }

    /** The unit holding the case. */
    @Schema(name = "CaseUnit")
    public record Unit(@Schema(example = "xd.a.a3.zjj") String id, @Schema(example = "A3区住房和城乡建设局") String name) {
    }

    /** Why the case is treated as urgent, and since when. */
    @Schema(name = "CaseUrgency", description = "The case names a public-safety danger, so it is handled round the clock")
    public record Urgency(
            @Schema(description = "The urgent word found in the petition", example = "井盖") String keyword,
            @Schema(description = "The time-limit rule applied", example = "紧急公共安全：3小时处置、24小时修复（成都井盖规则）")
            String rule,
            @Schema(description = "When it was found urgent", example = "2026-11-23T03:05:00Z") OffsetDateTime since) {
    }

    /** A time limit on the case: the latest of each kind. */
    @Schema(name = "CaseDeadline")
    public record Deadline(
            @Schema(description = "ACCEPT (受理), REPLY (答复, moved by a granted extension), SUPERVISION (督办), "
                    + "RETURN_VISIT (回访) on the working-day calendar; for urgent cases, in calendar hours from the "
                    + "report, HANDLE (处置: made safe on site) and FIX (修复: repaired, met when the case is completed)",
                    example = "REPLY") String kind,
            @Schema(example = "2026-11-30T18:00:00+08:00") OffsetDateTime due,
            @Schema(description = "A later step met it", example = "false") boolean met,
            @Schema(description = "It passed before the step was taken", example = "false") boolean missed) {
    }

    /** One step, with who took it and when. */
    @Schema(name = "CaseStep")
    public record Step(@Schema(example = "gov.petition.case.routed") String type, OffsetDateTime at,
                       @Schema(example = "xd.a.a3.zjj") String unitId, String unitName,
                       @Schema(description = "The named responder, where there is one") String by,
                       @Schema(example = "已转交 A3区住房和城乡建设局 办理 / passed to A3区住房和城乡建设局") String text) {
    }
}
