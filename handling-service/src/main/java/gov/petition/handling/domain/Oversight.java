package gov.petition.handling.domain;

import java.util.Optional;
import java.util.Set;

/**
 * Who supervises whom. Unit ids are paths ({@code xd.a.a3.zjj} lies below the district {@code xd.a.a3}, which lies
 * below the city {@code xd.a}); a unit is supervised by the government it belongs to. Leaders and supervisors oversee
 * their own unit and every unit below it (as {@code OfficialScope} lets them act there); others oversee nothing.
 */
public final class Oversight {

    public static final String ROLE_LEADER = "leader";
    public static final String ROLE_SUPERVISOR = "supervisor";

    private Oversight() {
    }

    /**
     * The district or city government that supervises a unit: its nearest ancestor at most three segments long, so a
     * district department, street or community answers to its district ({@code xd.a.a1.s1.c1 → xd.a.a1}), and a city
     * department or a district to the city ({@code xd.a.jyj → xd.a}, {@code xd.a.a3 → xd.a}).
     */
    public static String supervisingUnitOf(String unitId) {
        String[] parts = unitId.split("\\.");
        if (parts.length <= 1) {
            return unitId; // the province answers to itself
        }
        int keep = Math.min(parts.length - 1, 3);
        return String.join(".", java.util.Arrays.copyOf(parts, keep));
    }

    /** The unit an official oversees, with everything below it: leaders' and supervisors' own; nobody else's. */
    public static Optional<String> baseOf(String officialUnitId, Set<String> roles) {
        if (officialUnitId == null || roles == null) {
            return Optional.empty();
        }
        return roles.contains(ROLE_LEADER) || roles.contains(ROLE_SUPERVISOR) ? Optional.of(officialUnitId) : Optional.empty();
    }

    /** Whether the official oversees the unit: it is their base or lies below it. */
    public static boolean oversees(String officialUnitId, Set<String> roles, String unitId) {
        return unitId != null && baseOf(officialUnitId, roles)
                .map(base -> unitId.equals(base) || unitId.startsWith(base + "."))
                .orElse(false);
    }

    /** Whether the official oversees the unit from above: from a unit it lies below, not from within it. */
    public static boolean overseesFromAbove(String officialUnitId, Set<String> roles, String unitId) {
        return oversees(officialUnitId, roles, unitId) && !unitId.equals(officialUnitId);
    }
}
