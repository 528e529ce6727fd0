package gov.petition.routing.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Version counters of the stored rules and directory, bumped in the transaction that changes them, so
 * every instance sees that its in-memory snapshot is stale and reloads it.
 */
@ApplicationScoped
public class RoutingVersions {

    public static final String RULES = "rules";
    public static final String DIRECTORY = "directory";

    /** Must run inside a transaction. */
    public Uni<Void> bump(String name) {
        return Panache.getSession().chain(s -> s.createNativeQuery("update routing_version set version = version + 1 where name = :name")
                .setParameter("name", name).executeUpdate()).replaceWithVoid();
    }

    public Uni<Map<String, Long>> current() {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s
                .createNativeQuery("select name, version from routing_version", Object[].class).getResultList())
                .map(RoutingVersions::toMap));
    }

    private static Map<String, Long> toMap(List<Object[]> rows) {
        Map<String, Long> versions = new HashMap<>();
        for (Object[] row : rows) {
            versions.put((String) row[0], ((Number) row[1]).longValue());
        }
        return versions;
    }
}
