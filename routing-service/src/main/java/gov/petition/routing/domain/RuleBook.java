package gov.petition.routing.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * An immutable snapshot of the stored routing rules. The built-in tiered rules (分级受理) it is seeded with
 * are ordinary rules: one per category in the city and in each district, so a matter inside a district
 * goes to that district's department and a city-wide one (or one in a district without that
 * department) to the city's.
 */
public final class RuleBook {

    private static final Comparator<RoutingRule> PRECEDENCE = Comparator.comparingInt(RoutingRule::priority).reversed()
            .thenComparing(Comparator.comparingInt(RoutingRule::depth).reversed())
            .thenComparing(r -> r.keywords().isEmpty())
            .thenComparingLong(RoutingRule::id);

    private final List<RoutingRule> rules;
    private final String cityId;

    public RuleBook(List<RoutingRule> rules, String cityId) {
        this.rules = rules.stream().sorted(PRECEDENCE).toList();
        this.cityId = cityId;
    }

    /** The rule that decides a case; a case with no region is treated as a city-wide matter. */
    public Optional<RoutingRule> match(String category, String region, String text) {
        String place = region == null || region.isBlank() ? cityId : region;
        return rules.stream().filter(r -> r.matches(category, place, text)).findFirst();
    }

    public List<RoutingRule> rules() {
        return rules;
    }

    /** The tiered rules the service starts with: for the city and every district, each category to its department. */
    public static List<RoutingRule> tiered(Directory directory) {
        List<RoutingRule> seeded = new ArrayList<>();
        directory.units().stream()
                .filter(u -> u.level() == UnitLevel.CITY || u.level() == UnitLevel.DISTRICT)
                .sorted(Comparator.comparing(DirectoryUnit::id))
                .forEach(government -> {
                    TreeSet<String> categories = new TreeSet<>();
                    directory.children(government.id()).stream().filter(u -> u.level() == UnitLevel.DEPARTMENT)
                            .forEach(u -> categories.addAll(u.categories()));
                    for (String category : categories) {
                        directory.departmentFor(government.id(), category).ifPresent(unit -> seeded.add(new RoutingRule(0, category,
                                government.id(), List.of(), unit.id(), 0, "分级受理: " + government.name() + " " + category)));
                    }
                });
        return seeded;
    }
}
