package gov.petition.routing.domain;

import java.util.Optional;

/**
 * The first routing rule: the category decides the department, the place decides the tier. A matter
 * in one district goes to that district's department for the category (分级受理); a city-wide matter
 * to the city department. Without a category the district (or the city) government takes it.
 * The routing issue adds addressees, leader instruction, stored rules and a classifier in front of it.
 */
public final class TieredRouting {

    private final Directory directory;
    private final String cityId;

    public TieredRouting(Directory directory, String cityId) {
        this.directory = directory;
        this.cityId = cityId;
    }

    /** The tier's department for a known category, or nothing when no department handles it. */
    public Optional<RoutingDecision> byCategory(String category, String regionCode, RoutingDecision.Reason reason, double confidence) {
        Optional<DirectoryUnit> district = directory.ancestor(regionCode, UnitLevel.DISTRICT);
        return district.flatMap(d -> directory.departmentFor(d.id(), category))
                .or(() -> directory.departmentFor(cityId, category))
                .map(unit -> decision(unit, category, reason, confidence));
    }

    public RoutingDecision decide(String category, String regionCode) {
        Optional<DirectoryUnit> district = directory.ancestor(regionCode, UnitLevel.DISTRICT);
        if (category != null && !category.isBlank()) {
            Optional<DirectoryUnit> department = district.flatMap(d -> directory.departmentFor(d.id(), category))
                    .or(() -> directory.departmentFor(cityId, category));
            if (department.isPresent()) {
                return decision(department.get(), category, RoutingDecision.Reason.RULE, district.isPresent() ? 0.9 : 0.8);
            }
        }
        DirectoryUnit fallback = district.or(() -> directory.unit(cityId))
                .orElseThrow(() -> new IllegalStateException("directory has no city " + cityId));
        return decision(fallback, category, RoutingDecision.Reason.DEFAULT, 0.5);
    }

    private static RoutingDecision decision(DirectoryUnit unit, String category, RoutingDecision.Reason reason, double confidence) {
        return new RoutingDecision(unit.id(), unit.name(), null, category, reason, confidence, false);
    }
}
