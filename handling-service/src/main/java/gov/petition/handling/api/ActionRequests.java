package gov.petition.handling.api;

import gov.petition.handling.domain.ContactMethod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the unit's handling steps; each takes an optional note. */
public final class ActionRequests {

    private ActionRequests() {
    }

    /** Body of sign, accept and complete: only an optional note (the body itself may be left out). */
    @Schema(name = "ActionNote")
    public record Note(
            @Size(max = 2000) @Schema(description = "Internal note on the step", example = "已安排专人跟进") String note) {
    }

    /** Body of reject (不予受理). */
    @Schema(name = "RejectRequest")
    public record Reject(
            @NotBlank @Size(max = 2000) @Schema(required = true, description = "Why, in words the citizen reads",
                    example = "该事项已进入诉讼程序，请依法通过司法途径解决。") String reason,
            @NotBlank @Size(max = 200) @Schema(required = true, description = "The rule the refusal rests on",
                    example = "已进入诉讼程序") String rule,
            @Size(max = 2000) @Schema(example = "当事人已于10月起诉") String note) {
    }

    /** Body of return (退回 to dispatch). */
    @Schema(name = "ReturnRequest")
    public record Return(
            @NotBlank @Size(max = 2000) @Schema(required = true, description = "Why the case is not this unit's business",
                    example = "该路段由A3区负责管理，不属于本局职责。") String reason,
            @Size(max = 2000) @Schema(example = "建议转A3区住房和城乡建设局") String note) {
    }

    /** Body of contact (沟通). */
    @Schema(name = "ContactRequest")
    public record Contact(
            @Schema(description = "How the citizen was reached; OTHER when left out", example = "PHONE") ContactMethod method,
            @NotBlank @Size(max = 2000) @Schema(required = true, description = "What was discussed",
                    example = "已电话联系市民，约定周三上门查看。") String summary,
            @Size(max = 2000) @Schema(example = "市民希望尽快处理") String note) {
    }

    /** Body of reply (答复). */
    @Schema(name = "ReplyRequest")
    public record Reply(
            @NotBlank @Size(max = 5000) @Schema(required = true,
                    description = "The text the citizen and, if the case is disclosed, the public read; signed with the responder's name",
                    example = "经核实，该校已于本周在上下学时段增派交通协管员，并协调交警加强疏导。") String reply,
            @Size(max = 2000) @Schema(example = "已与交警大队协调") String note) {
    }

    /** Body of handle (处置: an urgent case made safe on site). */
    @Schema(name = "HandleRequest")
    public record Handle(
            @NotBlank @Size(max = 2000) @Schema(required = true,
                    description = "What was done on site to make it safe, in words the citizen reads",
                    example = "已到场设置围挡和警示标志，安排专人值守，待更换井盖。") String measures,
            @Size(max = 2000) @Schema(example = "井盖已订购，预计今晚更换") String note) {
    }
}
