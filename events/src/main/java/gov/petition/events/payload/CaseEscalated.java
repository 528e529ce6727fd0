package gov.petition.events.payload;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case is bouncing (空转/推诿): returned or re-routed too often, or held by units without acceptance too long.
 * Handling opens a supervision record for it.
 *
 * @param trigger           RETURNED_REPEATEDLY or UNACCEPTED_TOO_LONG
 * @param returns           how many times the case was returned or re-routed so far
 * @param holds             every unit that held the case, in order, with how long it held it
 * @param supervisingUnitId the unit that supervises the case from now on
 */
public record CaseEscalated(String caseId, String trigger, int returns, List<UnitHold> holds, String supervisingUnitId,
                            OffsetDateTime at) {
    /**
     * One unit's hold of a case.
     *
     * @param from    when the case reached the unit
     * @param to      when it left the unit, or the escalation time if it is still there
     * @param seconds the length of the hold in seconds
     */
    public record UnitHold(String unitId, String unitName, OffsetDateTime from, OffsetDateTime to, long seconds) {
    }
}
