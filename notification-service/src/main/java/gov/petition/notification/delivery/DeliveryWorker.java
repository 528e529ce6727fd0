package gov.petition.notification.delivery;

import gov.petition.events.EventTypes;
import gov.petition.events.outbox.Outbox;
import gov.petition.events.payload.NotificationDelivered;
import gov.petition.events.payload.NotificationFailed;
import gov.petition.notification.config.DeliveryConfig;
import gov.petition.notification.domain.ContactMask;
import gov.petition.notification.repository.DeadLetter;
import gov.petition.notification.repository.Notification;
import gov.petition.notification.stream.CitizenNoticeFeed;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.All;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the PENDING rows of the delivery log through their channel's adapter, retrying with
 * exponential back-off and jitter, and settles each as SENT, SKIPPED (no one to reach) or FAILED,
 * with a delivered or failed event in the same transaction.
 *
 * <p>Why a worker that polls the log instead of sending from the consumer: the consumer's transaction
 * must not wait on an SMTP server or SMS gateway (a slow channel would hold the Kafka partition and a
 * database connection), and a message sent inside it could not be taken back if the commit failed.
 * The consumer only records PENDING; this worker sends after commit. If the process dies between
 * record and send, the row is still PENDING and is claimed again when its lease runs out, so nothing
 * is lost; at worst a message sent just before a crash is sent twice (at least once).
 * Rows are claimed with {@code for update skip locked}, so several instances share the work.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    // The lease (next_attempt_at in the future) keeps other instances off a row while it is in flight.
    private static final String CLAIM = """
            update notification set next_attempt_at = now() + make_interval(secs => $2)
            where id in (select id from notification
                         where state = 'PENDING' and channel = $1 and next_attempt_at <= now()
                         order by next_attempt_at limit $3 for update skip locked)
            returning id""";

    /** One channel's share of the worker: its own in-flight count, so a channel that is down cannot hold up the others. */
    private record Lane(DeliveryAdapter adapter, AtomicInteger inFlight, AtomicBoolean claiming) {
    }

    private final Vertx vertx;
    private final Pool pool;
    private final DeliveryConfig.Delivery config;
    private final Outbox outbox;
    private final MeterRegistry registry;
    private final List<Lane> lanes;
    private final AddressBook addresses;
    private volatile long timer = -1;

    public DeliveryWorker(Vertx vertx, Pool pool, DeliveryConfig config, Outbox outbox, MeterRegistry registry,
                          @All List<DeliveryAdapter> adapters, AddressBook addresses) {
        this.vertx = vertx;
        this.addresses = addresses;
        this.pool = pool;
        this.config = config.delivery();
        this.outbox = outbox;
        this.registry = registry;
        this.lanes = adapters.stream().map(a -> new Lane(a, new AtomicInteger(), new AtomicBoolean())).toList();
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("delivery worker disabled on this instance");
            return;
        }
        timer = vertx.setPeriodic(config.poll().toMillis(), id -> poll());
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Looks for due rows now rather than at the next poll: called once the consumer has committed new ones. */
    public void wake() {
        if (timer >= 0) {
            poll();
        }
    }

    private void poll() {
        for (Lane lane : lanes) {
            int free = config.maxInFlight() - lane.inFlight().get();
            if (free <= 0 || !lane.claiming().compareAndSet(false, true)) {
                continue;
            }
            pool.preparedQuery(CLAIM)
                    .execute(Tuple.of(lane.adapter().channel().name(), config.lease().toMillis() / 1000.0, (long) free))
                    .subscribe().with(rows -> {
                        for (Row row : rows) {
                            start(lane, row.getUUID("id"));
                        }
                        lane.claiming().set(false);
                    }, failure -> {
                        lane.claiming().set(false);
                        LOG.warnf("delivery worker: claiming %s notifications failed: %s", lane.adapter().channel(), failure.toString());
                    });
        }
    }

    private void start(Lane lane, UUID id) {
        lane.inFlight().incrementAndGet();
        // Each delivery gets its own safe duplicated context: Hibernate Reactive keeps one session per
        // context, and deliveries running side by side must not share one.
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> deliver(lane, id, context)
                .onTermination().invoke(() -> lane.inFlight().decrementAndGet())
                .subscribe().with(done -> { }, failure -> LOG.warnf(
                        "notification %s: settling failed, it is retried when its lease ends: %s", id, ContactMask.scrub(failure.toString()))));
    }

    private Uni<Void> deliver(Lane lane, UUID id, Context context) {
        return Panache.withSession(() -> Notification.<Notification>findById(id)
                        .chain(n -> n == null || !"PENDING".equals(n.state) ? Uni.createFrom().<Delivery>nullItem()
                                : addresses.delivery(n)))
                .chain(delivery -> delivery == null ? Uni.createFrom().voidItem() : attempt(lane, delivery, context));
    }

    private Uni<Void> attempt(Lane lane, Delivery delivery, Context context) {
        AtomicInteger tries = new AtomicInteger();
        // Adapters complete on their own threads (mailer, HTTP client, back-off timer); the settling
        // transaction must run on this delivery's Vert.x context again.
        Executor onContext = command -> context.runOnContext(ignored -> command.run());
        Uni<Void> oneTry = Uni.createFrom().deferred(() -> {
                    tries.incrementAndGet();
                    return delivery.address() == null && lane.adapter().reachesSomeone()
                            ? Uni.createFrom().<Void>failure(new DeliveryException("no address for " + delivery.channel()))
                            : lane.adapter().send(delivery);
                })
                .ifNoItem().after(config.sendTimeout()).fail()
                .onFailure().invoke(e -> LOG.infof("case %s: notification %s via %s, try %d failed: %s", delivery.caseId(),
                        delivery.notificationId(), delivery.channel(), tries.get(), error(e)));
        Uni<Void> withRetries = config.maxAttempts() <= 1 ? oneTry : oneTry.onFailure().retry()
                .withBackOff(config.initialBackoff(), config.maxBackoff()).withJitter(config.jitter())
                .atMost(config.maxAttempts() - 1L);
        return withRetries.emitOn(onContext)
                .onItemOrFailure().transformToUni((ok, failure) -> settle(lane, delivery, tries.get(), failure));
    }

    private Uni<Void> settle(Lane lane, Delivery delivery, int tries, Throwable failure) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return Panache.withTransaction(() -> Notification.<Notification>findById(delivery.notificationId()).chain(row -> {
            if (row == null || !"PENDING".equals(row.state)) {
                return Uni.createFrom().voidItem(); // another instance settled it after our lease ran out
            }
            // an open page of the case sees the notice's new state
            return ("CITIZEN".equals(row.recipientKind) ? CitizenNoticeFeed.announce(row) : Uni.createFrom().voidItem())
                    .chain(() -> settleRow(lane, row, tries, failure, now));
        }));
    }

    private Uni<Void> settleRow(Lane lane, Notification row, int tries, Throwable failure, OffsetDateTime now) {
        // The clear copy (full tracking code, reply text) is kept only while it may still be sent.
        row.body = null;
        row.nextAttemptAt = null;
        row.settledAt = now;
        String channel = row.channel;
        if (failure == null && !lane.adapter().reachesSomeone()) {
            row.state = "SKIPPED";
            count(channel, "skipped");
            return Uni.createFrom().voidItem();
        }
        row.attempts += tries;
        if (failure == null) {
            row.state = "SENT";
            row.lastError = null;
            count(channel, "sent");
            Timer.builder("petition.notification.delay").description("from recording a notification to its delivery")
                    .tag("channel", channel).register(registry).record(Duration.between(row.createdAt, now));
            LOG.infof("case %s: %s notification %s (%s) sent via %s after %d tries", row.caseId, row.recipientKind.toLowerCase(),
                    row.id, row.eventType, channel, row.attempts);
            // the outcome goes on the citizen's timeline; units' and leaders' notices stay in the log
            return !"CITIZEN".equals(row.recipientKind) ? Uni.createFrom().voidItem()
                    : outbox.append(EventTypes.NOTIFICATION_DELIVERED, row.caseId, new NotificationDelivered(row.caseId, row.id.toString(),
                            row.eventType, row.recipient, channel, row.attempts, now)).replaceWithVoid();
        }
        row.state = "FAILED";
        row.lastError = error(failure);
        count(channel, "failed");
        LOG.warnf("case %s: %s notification %s (%s) via %s failed after %d tries, dead-lettered: %s", row.caseId,
                row.recipientKind.toLowerCase(), row.id, row.eventType, channel, row.attempts, row.lastError);
        DeadLetter dead = new DeadLetter();
        dead.notificationId = row.id;
        dead.caseId = row.caseId;
        dead.eventId = row.eventId;
        dead.eventType = row.eventType;
        dead.recipientKind = row.recipientKind;
        dead.recipient = row.recipient;
        dead.channel = channel;
        dead.attempts = row.attempts;
        dead.error = row.lastError;
        dead.failedAt = now;
        Uni<Void> published = !"CITIZEN".equals(row.recipientKind) ? Uni.createFrom().voidItem()
                : outbox.append(EventTypes.NOTIFICATION_FAILED, row.caseId, new NotificationFailed(row.caseId, row.id.toString(),
                        row.eventType, row.recipient, channel, row.attempts, row.lastError, now)).replaceWithVoid();
        return dead.persist().chain(() -> published);
    }

    private void count(String channel, String outcome) {
        registry.counter("petition.notifications", "channel", channel, "outcome", outcome).increment();
    }

    /** An error as the log and the failed event show it: the channel's own words, contacts masked. */
    private static String error(Throwable e) {
        String text = e instanceof DeliveryException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return ContactMask.scrub(text);
    }
}
