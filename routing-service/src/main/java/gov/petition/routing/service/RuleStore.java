package gov.petition.routing.service;

import gov.petition.http.Problem;
import gov.petition.http.ProblemException;
import gov.petition.routing.config.RoutingConfig;
import gov.petition.routing.domain.Directory;
import gov.petition.routing.domain.RoutingRule;
import gov.petition.routing.domain.RuleBook;
import gov.petition.routing.repository.RoutingRuleEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The stored routing rules and the in-memory snapshot routing decides with. */
@ApplicationScoped
public class RuleStore {

    private static final Logger LOG = Logger.getLogger(RuleStore.class);

    private final RoutingConfig config;
    private final RoutingVersions versions;
    private volatile RuleBook book;
    private volatile long version = -1;

    public RuleStore(RoutingConfig config, RoutingVersions versions) {
        this.config = config;
        this.versions = versions;
        this.book = new RuleBook(List.of(), config.cityId());
    }

    public RuleBook book() {
        return book;
    }

    public long version() {
        return version;
    }

    /** Seeds the built-in tiered rules when the table is empty; must run inside a transaction holding the seed lock. */
    public Uni<Void> seedIfEmpty(Directory directory) {
        return RoutingRuleEntity.count().chain(count -> {
            if (count > 0) {
                return Uni.createFrom().voidItem();
            }
            List<RoutingRuleEntity> seeded = RuleBook.tiered(directory).stream().map(r -> entity(r, new RoutingRuleEntity())).toList();
            LOG.infof("seeding %d tiered routing rules from the directory", seeded.size());
            return RoutingRuleEntity.persist(seeded).chain(() -> versions.bump(RoutingVersions.RULES));
        });
    }

    /** Reads the stored rules into the snapshot; the version read before them, so a change during the read is read again. */
    public Uni<Void> reload(long seenVersion) {
        return Panache.withSession(() -> RoutingRuleEntity.<RoutingRuleEntity>listAll().invoke(rules -> {
            book = new RuleBook(rules.stream().map(RoutingRuleEntity::toRule).toList(), config.cityId());
            version = seenVersion;
            LOG.debugf("routing rules: %d loaded (version %d)", rules.size(), seenVersion);
        })).replaceWithVoid();
    }

    /** Stores a new rule (id 0 in {@code rule}) and reloads the snapshot: effective at once, on other instances within seconds. */
    public Uni<RoutingRule> create(RoutingRule rule, Directory directory, List<String> categories) {
        validate(rule, directory, categories);
        return Panache.withTransaction(() -> {
                    RoutingRuleEntity e = entity(rule, new RoutingRuleEntity());
                    return e.persist().chain(() -> versions.bump(RoutingVersions.RULES)).replaceWith(e);
                })
                .call(this::reloadNow)
                .map(RoutingRuleEntity::toRule)
                .invoke(r -> LOG.infof("routing rule %d created: %s", r.id(), r));
    }

    public Uni<RoutingRule> update(long id, RoutingRule rule, Directory directory, List<String> categories) {
        validate(rule, directory, categories);
        return Panache.withTransaction(() -> RoutingRuleEntity.<RoutingRuleEntity>findById(id).chain(e -> {
                    if (e == null) {
                        throw ProblemException.notFound("No routing rule " + id);
                    }
                    entity(rule, e);
                    return versions.bump(RoutingVersions.RULES).replaceWith(e);
                }))
                .call(this::reloadNow)
                .map(RoutingRuleEntity::toRule)
                .invoke(r -> LOG.infof("routing rule %d changed: %s", r.id(), r));
    }

    public Uni<Void> delete(long id) {
        return Panache.withTransaction(() -> RoutingRuleEntity.deleteById(id).chain(deleted -> {
                    if (!deleted) {
                        throw ProblemException.notFound("No routing rule " + id);
                    }
                    return versions.bump(RoutingVersions.RULES);
                }))
                .call(this::reloadNow)
                .invoke(() -> LOG.infof("routing rule %d deleted", id));
    }

    private Uni<Void> reloadNow() {
        return versions.current().chain(v -> reload(v.get(RoutingVersions.RULES)));
    }

    /** A rule must name a category or keywords, and only units, scopes and categories that exist. */
    static void validate(RoutingRule rule, Directory directory, List<String> categories) {
        if (rule.category() == null && rule.keywords().isEmpty()) {
            throw ProblemException.invalid("category", "a rule needs a category, keywords, or both");
        }
        for (int i = 0; i < rule.keywords().size(); i++) {
            String k = rule.keywords().get(i);
            if (k == null || k.isBlank() || k.contains(",")) {
                throw ProblemException.invalid("keywords[" + i + "]", "must be a word or phrase without commas");
            }
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (directory.unit(rule.unitId()).isEmpty()) {
            errors.add(new Problem.FieldError("unitId", "unknown unit " + rule.unitId()));
        }
        if (rule.scopeId() != null && directory.unit(rule.scopeId()).isEmpty()) {
            errors.add(new Problem.FieldError("scopeId", "unknown unit " + rule.scopeId()));
        }
        if (rule.category() != null && !categories.contains(rule.category())) {
            errors.add(new Problem.FieldError("category", "unknown category " + rule.category() + "; one of " + categories));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "invalid-rule", "Invalid routing rule", errors.size() + " field(s) name what does not exist; nothing was stored", errors);
        }
    }

    static RoutingRuleEntity entity(RoutingRule rule, RoutingRuleEntity e) {
        e.category = rule.category();
        e.scopeId = rule.scopeId();
        e.keywords = String.join(",", rule.keywords());
        e.unitId = rule.unitId();
        e.priority = rule.priority();
        e.note = rule.note();
        e.updatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return e;
    }
}
