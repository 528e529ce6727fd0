package gov.petition.handling.api;

import gov.petition.handling.domain.Oversight;
import gov.petition.http.OfficialScope;
import gov.petition.http.ProblemException;

/** Which units' queues, supervisions and figures an official may read. */
final class UnitAccess {

    private UnitAccess() {
    }

    /** Their own unit; leaders and supervisors also the units they oversee. */
    static boolean mayView(OfficialScope official, String unitId) {
        return official.covers(unitId) || Oversight.oversees(official.unitId(), official.roles(), unitId);
    }

    static void requireView(OfficialScope official, String unitId) {
        if (!mayView(official, unitId)) {
            throw ProblemException.forbidden("Official " + official.officialId() + " of " + official.unitId()
                    + " may not see unit " + unitId);
        }
    }

    /** The unit together with every unit below it: only for those who oversee it. */
    static void requireViewBelow(OfficialScope official, String unitId) {
        if (!Oversight.oversees(official.unitId(), official.roles(), unitId)) {
            throw ProblemException.forbidden("Official " + official.officialId() + " of " + official.unitId()
                    + " does not oversee the units below " + unitId + " (leaders and supervisors do)");
        }
    }

    /** Whether a unit is the given one or (when {@code below}) lies below it. */
    static boolean within(String unitId, String scope, boolean below) {
        return unitId != null && (unitId.equals(scope) || below && unitId.startsWith(scope + "."));
    }
}
