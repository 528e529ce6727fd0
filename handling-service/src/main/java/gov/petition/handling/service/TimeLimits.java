package gov.petition.handling.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.petition.handling.config.HandlingConfig;
import gov.petition.handling.domain.ClockStart;
import gov.petition.handling.domain.DeadlineStep;
import gov.petition.handling.domain.StepLimit;
import gov.petition.handling.domain.TimeLimit;
import gov.petition.handling.domain.TimeLimitPolicy;
import gov.petition.handling.domain.TimeLimitRule;
import gov.petition.handling.domain.Urgency;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The time-limit policy in force: rules stored in {@code time_limit_rule}, held in an {@link AtomicReference} that
 * every deadline computation reads; replaced at once on the instance that stored new rules and on the others at their
 * next refresh ({@code handling.time-limits.refresh-interval}).
 */
@ApplicationScoped
public class TimeLimits {

    private static final Logger LOG = Logger.getLogger(TimeLimits.class);
    private static final String SELECT = """
            select position, name, category, channel, urgency, cast(limits as text), updated_at
            from time_limit_rule order by position""";
    private static final String INSERT = """
            insert into time_limit_rule (position, name, category, channel, urgency, limits, updated_at, updated_by)
            values (:position, :name, :category, :channel, :urgency, cast(cast(:limits as text) as jsonb), :updatedAt, :updatedBy)""";
    private static final TypeReference<List<Limit>> LIMITS = new TypeReference<>() {
    };

    /** One step's limit as stored and as the API shows it. */
    @Schema(name = "StepLimit")
    public record Limit(@Schema(required = true, enumeration = {"SIGN", "ACCEPT", "REPLY", "HANDLE", "FIX"}, example = "REPLY") String step,
                        @Schema(required = true, enumeration = {"WORKING_HOURS", "WORKING_DAYS", "CALENDAR_HOURS"}, example = "WORKING_DAYS") String kind,
                        @Schema(required = true, example = "5") Integer amount,
                        @Schema(required = true, enumeration = {"RECEIVED", "ROUTED"}, description = "When the clock starts", example = "ROUTED") String from) {
    }

    /** One rule as stored and as the API shows it; category, channel and urgency null for any. */
    @Schema(name = "TimeLimitRule")
    public record Rule(@Schema(required = true, example = "一般诉求：2个工作小时签收、1个工作日受理、5个工作日答复（平湖、萧山）") String name,
                       @Schema(example = "城乡建设") String category,
                       @Schema(example = "HOTLINE_12345") String channel,
                       @Schema(enumeration = {"NORMAL", "URGENT"}) String urgency,
                       @Schema(required = true) List<Limit> limits) {
    }

    private final AtomicReference<TimeLimitPolicy> current = new AtomicReference<>(TimeLimitPolicy.DEFAULT);
    private final AtomicReference<OffsetDateTime> installedVersion = new AtomicReference<>();
    private final HandlingConfig config;
    private final Vertx vertx;
    private final ObjectMapper json;
    private long timerId = -1;

    public TimeLimits(HandlingConfig config, Vertx vertx, ObjectMapper json) {
        this.config = config;
        this.vertx = vertx;
        this.json = json;
    }

    /** The policy every new deadline is computed with. */
    public TimeLimitPolicy current() {
        return current.get();
    }

    void onStart(@Observes StartupEvent event) {
        refreshOnContext();
        timerId = vertx.setPeriodic(config.timeLimits().refreshInterval().toMillis(), id -> refreshOnContext());
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    private void refreshOnContext() {
        BackgroundContext.run(vertx, () -> Panache.withSession(this::read)).whenComplete((stored, failure) -> {
            if (failure != null) {
                LOG.warnf("time limits: cannot read them: %s", failure.toString());
                return;
            }
            try {
                install(stored);
            } catch (IllegalArgumentException e) {
                LOG.errorf("stored time-limit rules are invalid, keeping the previous ones: %s", e.getMessage());
            }
        });
    }

    /** The stored rules, in order, and the time they were stored. */
    public record Stored(List<Rule> rules, OffsetDateTime updatedAt, String updatedBy) {
    }

    /** Reads the stored rules (in a session). */
    public Uni<Stored> read() {
        return Panache.getSession().chain(s -> s.createNativeQuery(SELECT, Object[].class).getResultList()).map(rows -> {
            List<Rule> rules = new ArrayList<>();
            OffsetDateTime version = null;
            for (Object[] row : rows) {
                try {
                    String limits = (String) row[5];
                    if (limits.startsWith("\"")) {
                        limits = json.readValue(limits, String.class); // stored as a JSON string by an earlier build
                    }
                    rules.add(new Rule((String) row[1], (String) row[2], (String) row[3], (String) row[4],
                            json.readValue(limits, LIMITS)));
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException("rule " + row[0] + ": unreadable limits: " + e.getOriginalMessage());
                }
                OffsetDateTime at = toOffset(row[6]);
                if (version == null || at.isAfter(version)) {
                    version = at;
                }
            }
            return new Stored(rules, version, null);
        });
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }

    /** Installs stored rules on this instance unless newer ones are installed already. */
    public void install(Stored stored) {
        if (stored.rules().isEmpty()) {
            return; // nothing stored: the defaults stay
        }
        OffsetDateTime version = stored.updatedAt();
        OffsetDateTime installed = installedVersion.get();
        if (installed != null && version != null && !version.isAfter(installed)) {
            return;
        }
        TimeLimitPolicy policy = toPolicy(stored.rules());
        installedVersion.set(version);
        TimeLimitPolicy previous = current.getAndSet(policy);
        if (!policy.equals(previous)) {
            LOG.infof("time limits: %d rules installed (stored %s): %s", policy.rules().size(), version,
                    policy.rules().stream().map(TimeLimitRule::name).toList());
        }
    }

    /** Replaces every stored rule (call inside a transaction; install the answer after the commit). */
    public Uni<Stored> store(List<Rule> rules, String officialId) {
        toPolicy(rules); // refuses what cannot be a policy before anything is written
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return Panache.getSession().chain(s -> s.createNativeQuery("lock table time_limit_rule in exclusive mode").executeUpdate()
                .chain(() -> s.createNativeQuery("delete from time_limit_rule").executeUpdate())
                .chain(() -> {
                    Uni<Integer> chain = Uni.createFrom().item(0);
                    for (int i = 0; i < rules.size(); i++) {
                        int position = i;
                        Rule r = rules.get(i);
                        String limits;
                        try {
                            limits = json.writeValueAsString(r.limits());
                        } catch (JsonProcessingException e) {
                            throw new IllegalStateException(e);
                        }
                        chain = chain.chain(() -> s.createNativeQuery(INSERT)
                                .setParameter("position", position).setParameter("name", r.name())
                                .setParameter("category", blankToNull(r.category())).setParameter("channel", blankToNull(r.channel()))
                                .setParameter("urgency", blankToNull(r.urgency())).setParameter("limits", limits)
                                .setParameter("updatedAt", at).setParameter("updatedBy", officialId).executeUpdate());
                    }
                    return chain;
                }))
                .map(ignored -> new Stored(rules, at, officialId))
                .invoke(() -> LOG.infof("time limits: %d rules stored by %s", rules.size(), officialId));
    }

    /** The policy the rules make; IllegalArgumentException when they do not make one. */
    public static TimeLimitPolicy toPolicy(List<Rule> rules) {
        List<TimeLimitRule> domain = new ArrayList<>();
        for (Rule r : rules) {
            List<StepLimit> limits = new ArrayList<>();
            for (Limit l : r.limits()) {
                limits.add(new StepLimit(DeadlineStep.valueOf(l.step()), TimeLimit.of(TimeLimit.Kind.valueOf(l.kind()), l.amount()),
                        ClockStart.valueOf(l.from())));
            }
            String urgency = blankToNull(r.urgency());
            domain.add(new TimeLimitRule(r.name(), blankToNull(r.category()), blankToNull(r.channel()),
                    urgency == null ? null : Urgency.valueOf(urgency), limits));
        }
        return new TimeLimitPolicy(domain);
    }

    /** The policy as API rules. */
    public static List<Rule> toRules(TimeLimitPolicy policy) {
        return policy.rules().stream().map(r -> new Rule(r.name(), r.category(), r.channel(),
                r.urgency() == null ? null : r.urgency().name(),
                r.limits().stream().map(l -> new Limit(l.step().name(), l.limit().kind().name(), l.limit().amount(),
                        l.from().name())).toList())).toList();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
