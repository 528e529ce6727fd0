package gov.petition.evaluation.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** Request and answer bodies of third-party reviews (第三方评议) and unit evaluations. */
public final class ReviewViews {

    private ReviewViews() {
    }

    @Schema(name = "ReviewRequest")
    public record OpenRequest(
            @Size(max = 500) @Schema(description = "Why a review is needed", example = "群众对两次答复均不满意，申请第三方评议") String reason) {
    }

    @Schema(name = "FindingRequest")
    public record FindingRequest(
            @NotBlank @Size(max = 64) @Schema(required = true, description = "The panel member", example = "pool.lawyer.2") String memberId,
            @NotBlank @Size(max = 2000) @Schema(required = true, example = "答复依据充分，但未说明整改时限。") String finding,
            @Size(max = 64) @Schema(description = "In a unit evaluation: the sampled case this finding scores", example = "A2026-11-000123")
            String caseId,
            @Min(0) @Max(100) @Schema(description = "In a unit evaluation: the score, 0..100", example = "85") Integer score) {
    }

    @Schema(name = "ConclusionRequest")
    public record ConclusionRequest(
            @NotNull @Pattern(regexp = "UPHELD|NOT_UPHELD", message = "must be UPHELD or NOT_UPHELD")
            @Schema(required = true, description = "UPHELD: the unit handled it properly (the case closes); NOT_UPHELD: the unit must handle it again",
                    example = "UPHELD") String conclusion,
            @NotBlank @Size(max = 2000) @Schema(required = true, example = "经评议，答复合法合理，群众诉求已依规处理。") String summary) {
    }

    @Schema(name = "PanelMember")
    public record Member(@Schema(example = "pool.lawyer.2") String memberId, @Schema(example = "吴海涛") String name,
                         @Schema(description = "EXPERT, DEPUTY, LAWYER or CITIZEN_REPRESENTATIVE", example = "LAWYER") String role,
                         @Schema(example = "执业律师") String title) {
    }

    @Schema(name = "PanelPool")
    public record Pool(@NotNull @Size(min = 1, max = 1000) List<@NotNull @jakarta.validation.Valid PoolMember> members) {
    }

    @Schema(name = "PoolMember")
    public record PoolMember(@NotBlank @Size(max = 64) @Schema(example = "pool.expert.5") String memberId,
                             @NotBlank @Size(max = 100) @Schema(example = "欧阳明") String name,
                             @NotNull @Pattern(regexp = "EXPERT|DEPUTY|LAWYER|CITIZEN_REPRESENTATIVE") @Schema(example = "EXPERT") String role,
                             @Size(max = 100) @Schema(example = "城市规划专家") String title) {
    }

    @Schema(name = "Finding")
    public record Finding(@Schema(example = "pool.lawyer.2") String memberId, @Schema(example = "A2026-11-000123") String caseId,
                          @Schema(example = "答复依据充分。") String finding, @Schema(example = "85") Integer score, OffsetDateTime at) {
    }

    @Schema(name = "Review")
    public record View(
            @Schema(example = "RV-2f6c1a") String reviewId,
            @Schema(description = "CASE: a disputed case; UNIT: a unit's monthly third-party evaluation", example = "CASE") String kind,
            @Schema(example = "A2026-11-000123") String caseId,
            @Schema(example = "xd.a.a3.jyj") String unitId,
            @Schema(description = "For a unit evaluation", example = "2026-11") String period,
            @Schema(example = "群众对两次答复均不满意") String reason,
            List<Member> panel,
            @Schema(description = "For a unit evaluation: the sampled completed cases") List<String> sample,
            List<Finding> findings,
            @Schema(description = "Mean score of the findings that have one", example = "82.5") Double averageScore,
            OffsetDateTime openedAt,
            @Schema(example = "UPHELD") String conclusion,
            String summary,
            OffsetDateTime concludedAt) {
    }
}
