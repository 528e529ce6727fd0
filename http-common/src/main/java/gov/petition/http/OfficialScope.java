package gov.petition.http;

import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/**
 * What units an official may act on. Unit ids are paths ({@code xd.a.a3.zjj} lies below {@code xd.a.a3}),
 * so leaders and supervisors reach the units below their own by prefix.
 */
public record OfficialScope(String officialId, String name, String unitId, Set<String> roles) {

    public static final String CLAIM_UNIT = "unitId";
    public static final String ROLE_OFFICIAL = "official";
    public static final String ROLE_LEADER = "leader";
    public static final String ROLE_SUPERVISOR = "supervisor";
    public static final String ROLE_DISPATCHER = "dispatcher";

    public static OfficialScope of(JsonWebToken token) {
        Object unit = token.getClaim(CLAIM_UNIT);
        String name = token.getClaim("name");
        return new OfficialScope(token.getName(), name, unit == null ? null : unit.toString(), token.getGroups());
    }

    /** True when this official may act on the given unit's cases. */
    public boolean covers(String unit) {
        if (unitId == null || unit == null) {
            return false;
        }
        if (unitId.equals(unit)) {
            return true;
        }
        boolean oversees = roles.contains(ROLE_LEADER) || roles.contains(ROLE_SUPERVISOR);
        return oversees && unit.startsWith(unitId + ".");
    }

    /** Refuses with 403 unless this official covers the unit. */
    public void requireCovers(String unit) {
        if (!covers(unit)) {
            throw ProblemException.forbidden("Official " + officialId + " of " + unitId + " may not act on unit " + unit);
        }
    }
}
