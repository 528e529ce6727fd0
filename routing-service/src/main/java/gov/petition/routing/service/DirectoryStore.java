package gov.petition.routing.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.petition.routing.config.RoutingConfig;
import gov.petition.routing.domain.AddresseeMatcher;
import gov.petition.routing.domain.Directory;
import gov.petition.routing.domain.DirectoryOfficial;
import gov.petition.routing.domain.DirectoryUnit;
import gov.petition.routing.domain.UnitLevel;
import gov.petition.routing.repository.OfficialEntity;
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
import java.util.List;

/**
 * Holds the directory: seeds the database from the fixture file on first start (A市 of 西地省 by
 * default), then keeps an in-memory snapshot for routing decisions.
 */
@ApplicationScoped
public class DirectoryStore {

    private static final Logger LOG = Logger.getLogger(DirectoryStore.class);

    private final RoutingConfig config;
    private final ObjectMapper mapper;
    private volatile Directory directory = new Directory(List.of());
    private volatile AddresseeMatcher addressees = new AddresseeMatcher(directory, List.of());

    public DirectoryStore(RoutingConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(this::seedIfEmpty).chain(this::reload));
    }

    public Directory directory() {
        return directory;
    }

    /** The matcher of addressees over the same snapshot. */
    public AddresseeMatcher addressees() {
        return addressees;
    }

    /** Reads the stored directory into the snapshot routing uses. */
    public Uni<Void> reload() {
        return Panache.withSession(() -> UnitEntity.<UnitEntity>listAll()
                        .chain(units -> OfficialEntity.<OfficialEntity>listAll().invoke(officials -> {
                            Directory snapshot = new Directory(units.stream().map(UnitEntity::toUnit).toList());
                            addressees = new AddresseeMatcher(snapshot, officials.stream()
                                    .map(o -> new DirectoryOfficial(o.id, o.name, o.title, o.unitId)).toList());
                            directory = snapshot;
                            LOG.infof("directory: %d units, %d officials", units.size(), officials.size());
                        })))
                .replaceWithVoid();
    }

    private Uni<Void> seedIfEmpty() {
        // Several instances may start together: one seeds, the others wait and find it done.
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("select pg_advisory_xact_lock(hashtext('petition.directory.seed'))").getSingleResult())
                .chain(() -> UnitEntity.count())
                .chain(count -> count > 0 ? Uni.createFrom().voidItem() : seed());
    }

    private Uni<Void> seed() {
        JsonNode root;
        try (InputStream in = open()) {
            root = mapper.readTree(in);
        } catch (IOException e) {
            return Uni.createFrom().failure(e);
        }
        List<UnitEntity> units = new ArrayList<>();
        for (JsonNode u : root.path("units")) {
            List<String> categories = new ArrayList<>();
            u.path("categories").forEach(c -> categories.add(c.asText()));
            units.add(UnitEntity.of(new DirectoryUnit(u.path("id").asText(), u.path("name").asText(),
                    UnitLevel.valueOf(u.path("level").asText()), u.path("parent").isNull() ? null : u.path("parent").asText(),
                    categories, u.path("mailbox").asBoolean())));
        }
        List<OfficialEntity> officials = new ArrayList<>();
        for (JsonNode o : root.path("officials")) {
            OfficialEntity e = new OfficialEntity();
            e.id = o.path("id").asText();
            e.name = o.path("name").asText();
            e.title = o.path("title").asText();
            e.unitId = o.path("unit").asText();
            officials.add(e);
        }
        LOG.infof("seeding the directory '%s': %d units, %d officials", root.path("name").asText(), units.size(), officials.size());
        return UnitEntity.persist(units).chain(() -> OfficialEntity.persist(officials));
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
