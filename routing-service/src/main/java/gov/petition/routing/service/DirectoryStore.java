package gov.petition.routing.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.petition.http.Problem;
import gov.petition.http.ProblemException;
import gov.petition.routing.config.RoutingConfig;
import gov.petition.routing.domain.AddresseeMatcher;
import gov.petition.routing.domain.Directory;
import gov.petition.routing.domain.DirectoryDocument;
import gov.petition.routing.domain.DirectoryOfficial;
import gov.petition.routing.repository.OfficialEntity;
import gov.petition.routing.repository.RoutingRuleEntity;
import gov.petition.routing.repository.UnitEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Holds the directory: seeds the database from the fixture file on first start (A市 of 西地省 by
 * default), with the tiered routing rules derived from it, replaces it on import, and keeps an
 * in-memory snapshot for routing decisions.
 */
@ApplicationScoped
public class DirectoryStore {

    private static final Logger LOG = Logger.getLogger(DirectoryStore.class);
    private static final String SEED_LOCK = "select pg_advisory_xact_lock(hashtext('petition.directory.seed'))";

    private final RoutingConfig config;
    private final ObjectMapper mapper;
    private final RuleStore rules;
    private final RoutingVersions versions;
    private volatile Directory directory = new Directory(List.of());
    private volatile AddresseeMatcher addressees = new AddresseeMatcher(directory, List.of());
    private volatile long version = -1;

    public DirectoryStore(RoutingConfig config, ObjectMapper mapper, RuleStore rules, RoutingVersions versions) {
        this.config = config;
        this.mapper = mapper;
        this.rules = rules;
        this.versions = versions;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> versions.current()
                .chain(seen -> Panache.withTransaction(this::seedIfEmpty)
                        .chain(() -> reload(seen.get(RoutingVersions.DIRECTORY)))
                        .chain(() -> Panache.withTransaction(() -> lock().chain(() -> rules.seedIfEmpty(directory))))
                        .chain(() -> versions.current())
                        .chain(now -> rules.reload(now.get(RoutingVersions.RULES)))));
    }

    public Directory directory() {
        return directory;
    }

    /** The matcher of addressees over the same snapshot. */
    public AddresseeMatcher addressees() {
        return addressees;
    }

    public long version() {
        return version;
    }

    /** Reads the stored directory into the snapshot routing uses. */
    public Uni<Void> reload(long seenVersion) {
        return Panache.withSession(() -> UnitEntity.<UnitEntity>listAll()
                        .chain(units -> OfficialEntity.<OfficialEntity>listAll().invoke(officials -> {
                            Directory snapshot = new Directory(units.stream().map(UnitEntity::toUnit).toList());
                            addressees = new AddresseeMatcher(snapshot, officials.stream()
                                    .map(o -> new DirectoryOfficial(o.id, o.name, o.title, o.unitId)).toList());
                            directory = snapshot;
                            version = seenVersion;
                            LOG.infof("directory: %d units, %d officials", units.size(), officials.size());
                        })))
                .replaceWithVoid();
    }

    /**
     * Replaces the whole directory in one transaction, or nothing when the document is invalid (unknown
     * parents or units, duplicate ids) or would leave a stored routing rule naming a unit it no longer has.
     */
    public Uni<Integer> replace(DirectoryDocument document) {
        List<DirectoryDocument.Problem> problems = document.problems();
        if (!problems.isEmpty()) {
            return Uni.createFrom().failure(unprocessable(problems));
        }
        Set<String> ids = new HashSet<>();
        document.units().forEach(u -> ids.add(u.id()));
        return Panache.withTransaction(() -> lock()
                        .chain(() -> RoutingRuleEntity.<RoutingRuleEntity>listAll())
                        .chain(stored -> {
                            List<DirectoryDocument.Problem> orphaned = new ArrayList<>();
                            for (RoutingRuleEntity r : stored) {
                                if (!ids.contains(r.unitId) || (r.scopeId != null && !ids.contains(r.scopeId))) {
                                    orphaned.add(new DirectoryDocument.Problem("units",
                                            "routing rule " + r.id + " names " + (ids.contains(r.unitId) ? r.scopeId : r.unitId)
                                                    + ", which the new directory lacks; change or delete the rule first"));
                                }
                            }
                            if (!orphaned.isEmpty()) {
                                return Uni.createFrom().failure(unprocessable(orphaned));
                            }
                            return OfficialEntity.deleteAll()
                                    .chain(() -> UnitEntity.deleteAll())
                                    .chain(() -> UnitEntity.persist(document.directoryUnits().stream().map(UnitEntity::of).toList()))
                                    .chain(() -> OfficialEntity.persist(document.directoryOfficials().stream().map(DirectoryStore::entity).toList()))
                                    .chain(() -> versions.bump(RoutingVersions.DIRECTORY));
                        }))
                .chain(() -> versions.current())
                .chain(now -> reload(now.get(RoutingVersions.DIRECTORY)))
                .invoke(() -> LOG.infof("directory replaced by '%s': %d units, %d officials", document.name(),
                        document.units().size(), document.directoryOfficials().size()))
                .replaceWith(document.units().size());
    }

    private static ProblemException unprocessable(List<DirectoryDocument.Problem> problems) {
        List<Problem.FieldError> errors = problems.stream().limit(100).map(p -> new Problem.FieldError(p.field(), p.message())).toList();
        return new ProblemException(422, "invalid-directory", "Invalid directory",
                problems.size() + " problem(s) in the directory; nothing was changed", errors);
    }

    private static Uni<Object> lock() {
        // Several instances may start (or import) together: one at a time, the others wait and find it done.
        return Panache.getSession().chain(s -> s.createNativeQuery(SEED_LOCK).getSingleResult());
    }

    private Uni<Void> seedIfEmpty() {
        return lock().chain(() -> UnitEntity.count()).chain(count -> count > 0 ? Uni.createFrom().voidItem() : seed());
    }

    private Uni<Void> seed() {
        DirectoryDocument document;
        try (InputStream in = open()) {
            document = mapper.readValue(in, DirectoryDocument.class);
        } catch (IOException e) {
            return Uni.createFrom().failure(e);
        }
        List<DirectoryDocument.Problem> problems = document.problems();
        if (!problems.isEmpty()) {
            return Uni.createFrom().failure(new IllegalStateException("the seed directory is invalid: " + problems.subList(0, Math.min(5, problems.size()))));
        }
        LOG.infof("seeding the directory '%s': %d units, %d officials", document.name(), document.units().size(),
                document.directoryOfficials().size());
        return UnitEntity.persist(document.directoryUnits().stream().map(UnitEntity::of).toList())
                .chain(() -> OfficialEntity.persist(document.directoryOfficials().stream().map(DirectoryStore::entity).toList()));
    }

    private static OfficialEntity entity(DirectoryOfficial o) {
        OfficialEntity e = new OfficialEntity();
        e.id = o.id();
        e.name = o.name();
        e.title = o.title();
        e.unitId = o.unitId();
        return e;
    }

    private InputStream open() throws IOException {
        if (config.directoryFile().isPresent()) {
            return Files.newInputStream(Path.of(config.directoryFile().get()));
        }
        InputStream in = DirectoryStore.class.getClassLoader().getResourceAsStream("directory/directory.json");
        if (in == null) {
            throw new IOException("directory/directory.json missing from the classpath");
        }
        return in;
    }
}
