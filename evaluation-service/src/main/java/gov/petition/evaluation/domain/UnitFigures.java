package gov.petition.evaluation.domain;

import java.util.List;

/**
 * A unit's monthly figures with the rates as DESIGN.md section 2 defines them, each a fraction, or null
 * when its denominator is zero (no case to judge by is not a perfect score).
 */
public record UnitFigures(String unitId, long received, long accepted, long rejected, long repliesDue, long repliedOnTime,
                          long completed, long rated, long satisfied, long basicallySatisfied, long unsatisfied, long solved,
                          Double acceptanceRate, Double replyRate, Double completionRate, Double satisfactionRate,
                          Double resolutionRate, Double avgReplyWorkingHours, List<String> flags) {

    public static UnitFigures of(UnitCounts c, List<String> flags) {
        return new UnitFigures(c.unitId(), c.received(), c.accepted(), c.rejected(), c.repliesDue(), c.repliedOnTime(),
                c.completed(), c.rated(), c.satisfied(), c.basicallySatisfied(), c.unsatisfied(), c.solved(),
                rate(c.accepted(), c.received()),
                rate(c.repliedOnTime(), c.repliesDue()),
                rate(c.completed(), c.accepted()),
                rate(c.satisfied() + c.basicallySatisfied(), c.rated()),
                rate(c.solved(), c.rated()),
                c.avgReplyWorkingHours(), flags);
    }

    static Double rate(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
