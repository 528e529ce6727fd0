package gov.petition.routing.service;

import gov.petition.routing.config.RoutingConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Map;

/** Reloads the rules and the directory when another instance changed them (this one reloads at once after its own change). */
@ApplicationScoped
public class SnapshotRefresher {

    private final Vertx vertx;
    private final RoutingConfig config;
    private final RoutingVersions versions;
    private final RuleStore rules;
    private final DirectoryStore directory;
    private volatile long timer = -1;

    public SnapshotRefresher(Vertx vertx, RoutingConfig config, RoutingVersions versions, RuleStore rules, DirectoryStore directory) {
        this.vertx = vertx;
        this.config = config;
        this.versions = versions;
        this.rules = rules;
        this.directory = directory;
    }

    void onStart(@Observes StartupEvent event) {
        timer = Background.every(vertx, config.reloadEvery().toMillis(), "reloading rules and directory", this::refresh);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    Uni<Void> refresh() {
        return versions.current().chain(seen -> refresh(seen));
    }

    private Uni<Void> refresh(Map<String, Long> seen) {
        long dir = seen.getOrDefault(RoutingVersions.DIRECTORY, 0L);
        long rul = seen.getOrDefault(RoutingVersions.RULES, 0L);
        Uni<Void> reloadDirectory = dir != directory.version() ? directory.reload(dir) : Uni.createFrom().voidItem();
        return reloadDirectory.chain(() -> rul != rules.version() ? rules.reload(rul) : Uni.createFrom().voidItem());
    }
}
