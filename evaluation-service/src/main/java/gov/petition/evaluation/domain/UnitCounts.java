package gov.petition.evaluation.domain;

/** A unit's counts for one period, the inputs of every figure. */
public record UnitCounts(String unitId, long received, long accepted, long rejected, long repliesDue, long repliedOnTime,
                         long completed, long rated, long satisfied, long basicallySatisfied, long unsatisfied, long solved,
                         Double avgReplyWorkingHours) {

    public static UnitCounts receivedOnly(String unitId, long received) {
        return new UnitCounts(unitId, received, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);
    }
}
