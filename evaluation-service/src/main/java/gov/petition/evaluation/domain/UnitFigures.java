package gov.petition.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A unit's monthly figures with the rates as DESIGN.md section 2 defines them, each a fraction, or null
 * when its denominator is zero (no case to judge by is not a perfect score).
 */
@Schema(name = "UnitFigures", description = "One unit's (or district's, or the city's) figures for the period")
public record UnitFigures(
        @Schema(description = "Directory id of the unit, district or city", example = "xd.a.jyj") String unitId,
        @Schema(description = "Cases received in the period", example = "40") long received,
        @Schema(description = "Of those, accepted (受理)", example = "36") long accepted,
        @Schema(description = "Of those, declined (不予受理)", example = "2") long rejected,
        @Schema(description = "Cases whose reply deadline falls in the period", example = "30") long repliesDue,
        @Schema(description = "Of those, first replied by the deadline", example = "29") long repliedOnTime,
        @Schema(description = "Of the cases received in the period, completed (办结)", example = "33") long completed,
        @Schema(description = "Ratings given in the period", example = "20") long rated,
        @Schema(example = "15") long satisfied,
        @Schema(example = "3") long basicallySatisfied,
        @Schema(example = "2") long unsatisfied,
        @Schema(description = "Ratings in the period that say the problem was solved", example = "17") long solved,
        @Schema(description = "accepted / received", example = "0.9") Double acceptanceRate,
        @Schema(description = "repliedOnTime / repliesDue", example = "0.9667") Double replyRate,
        @Schema(description = "completed / accepted", example = "0.9167") Double completionRate,
        @Schema(description = "(satisfied + basicallySatisfied) / rated", example = "0.9") Double satisfactionRate,
        @Schema(description = "solved / rated", example = "0.85") Double resolutionRate,
        @Schema(description = "Mean office time (working days, holidays and make-up days, office hours) from receipt to first "
                + "reply of the cases first replied in the period", example = "12.5") Double avgReplyWorkingHours,
        @Schema(description = "Flags by the consecutive-month rules: CRITICISED (lowest satisfaction three months running), "
                + "CALLED_IN (bottom completion rate two months running)", example = "[\"CALLED_IN\"]") List<String> flags,
        @Schema(description = "Reply rounds whose rating time ran out in the period: not rated, never counted as satisfied",
                example = "4") long notRated) {

    public static UnitFigures of(UnitCounts c, List<String> flags) {
        return new UnitFigures(c.unitId(), c.received(), c.accepted(), c.rejected(), c.repliesDue(), c.repliedOnTime(),
                c.completed(), c.rated(), c.satisfied(), c.basicallySatisfied(), c.unsatisfied(), c.solved(),
                rate(c.accepted(), c.received()),
                rate(c.repliedOnTime(), c.repliesDue()),
                rate(c.completed(), c.accepted()),
                rate(c.satisfied() + c.basicallySatisfied(), c.rated()),
                rate(c.solved(), c.rated()),
                c.avgReplyWorkingHours(), flags, c.notRated());
    }

    /** The same figures with the flags of the consecutive-month rules. */
    public UnitFigures withFlags(List<String> newFlags) {
        return new UnitFigures(unitId, received, accepted, rejected, repliesDue, repliedOnTime, completed, rated, satisfied,
                basicallySatisfied, unsatisfied, solved, acceptanceRate, replyRate, completionRate, satisfactionRate,
                resolutionRate, avgReplyWorkingHours, List.copyOf(newFlags), notRated);
    }

    static Double rate(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
