package gov.petition.evaluation.domain;

/**
 * A unit's counts for one period, the inputs of every figure; {@code notRated} is the reply rounds whose rating
 * time ran out in the period (never counted as satisfied).
 */
public record UnitCounts(String unitId, long received, long accepted, long rejected, long repliesDue, long repliedOnTime,
                         long completed, long rated, long satisfied, long basicallySatisfied, long unsatisfied, long solved,
                         Double avgReplyWorkingHours, long notRated) {

    public UnitCounts(String unitId, long received, long accepted, long rejected, long repliesDue, long repliedOnTime,
                      long completed, long rated, long satisfied, long basicallySatisfied, long unsatisfied, long solved,
                      Double avgReplyWorkingHours) {
        this(unitId, received, accepted, rejected, repliesDue, repliedOnTime, completed, rated, satisfied, basicallySatisfied,
                unsatisfied, solved, avgReplyWorkingHours, 0);
    }

    public static UnitCounts receivedOnly(String unitId, long received) {
        return new UnitCounts(unitId, received, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);
    }
}
