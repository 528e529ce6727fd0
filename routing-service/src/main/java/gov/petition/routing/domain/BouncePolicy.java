package gov.petition.routing.domain;

import java.util.Optional;

/**
 * When a case is bouncing (空转/推诿) and who supervises it then: a case returned or re-routed
 * {@code maxReturns} times is escalated once; the supervisor is the government above the unit that
 * holds it (a district department's district government), and for the city's own units the city's
 * supervising office.
 */
public record BouncePolicy(int maxReturns, String citySupervisorId) {

    public boolean returnedTooOften(int returns) {
        return returns >= maxReturns;
    }

    /** The district government above the holder, or the city's supervising office. */
    public String supervisingUnit(Directory directory, String holderUnitId) {
        Optional<DirectoryUnit> holder = directory.unit(holderUnitId);
        Optional<DirectoryUnit> district = holder.flatMap(u -> directory.ancestor(u.id(), UnitLevel.DISTRICT));
        return district.map(DirectoryUnit::id).orElse(citySupervisorId);
    }
}
