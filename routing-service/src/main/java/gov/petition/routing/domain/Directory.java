package gov.petition.routing.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An immutable snapshot of the unit tree, for routing decisions in memory. */
public final class Directory {

    private final Map<String, DirectoryUnit> units;
    private final Map<String, List<DirectoryUnit>> children;

    public Directory(Collection<DirectoryUnit> units) {
        this.units = units.stream().collect(Collectors.toUnmodifiableMap(DirectoryUnit::id, Function.identity()));
        this.children = units.stream().filter(u -> u.parent() != null)
                .collect(Collectors.groupingBy(DirectoryUnit::parent));
    }

    public Optional<DirectoryUnit> unit(String id) {
        return Optional.ofNullable(id).map(units::get);
    }

    public List<DirectoryUnit> children(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** The nearest unit of the given level at or above {@code id}. */
    public Optional<DirectoryUnit> ancestor(String id, UnitLevel level) {
        for (Optional<DirectoryUnit> u = unit(id); u.isPresent(); u = unit(u.get().parent())) {
            if (u.get().level() == level) {
                return u;
            }
        }
        return Optional.empty();
    }

    /** The first department directly under {@code parent} that handles the category. */
    public Optional<DirectoryUnit> departmentFor(String parent, String category) {
        return children(parent).stream()
                .filter(u -> u.level() == UnitLevel.DEPARTMENT && u.categories().contains(category))
                .findFirst();
    }

    public Collection<DirectoryUnit> units() {
        return units.values();
    }

    public int size() {
        return units.size();
    }
}
