package gov.petition.notification.stream;

import gov.petition.notification.api.NotificationEntry;
import gov.petition.notification.repository.Notification;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Citizens' notices as they happen, for open web pages. The consumer and the delivery worker announce each
 * citizen notice with Postgres {@code NOTIFY} in their transaction, so every instance hears of it on commit
 * (whichever instance recorded it) and never of one that was rolled back; this feed LISTENs and passes the
 * announcements on to the streams open on this instance.
 */
@ApplicationScoped
public class CitizenNoticeFeed {

    private static final Logger LOG = Logger.getLogger(CitizenNoticeFeed.class);
    /** The Postgres channel; the payload is {@code <notification id> <case id>}. */
    public static final String CHANNEL = "citizen_notice";

    /** A notice of a case was recorded or settled. */
    public record Signal(UUID notificationId, String caseId) {
    }

    private final Vertx vertx;
    private final Pool pool;
    private final String url;
    private final String user;
    private final Optional<String> password;
    private final BroadcastProcessor<Signal> signals = BroadcastProcessor.create();
    private PgSubscriber subscriber;

    public CitizenNoticeFeed(Vertx vertx, Pool pool, @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                             @ConfigProperty(name = "quarkus.datasource.username") String user,
                             @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.pool = pool;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * Announces a citizen's notice to open pages on every instance once the current transaction commits
     * (nothing if it rolls back). Must run inside a Panache transaction.
     */
    public static Uni<Void> announce(Notification n) {
        return Panache.getSession().chain(session -> session.createNativeQuery("select count(*) from pg_notify(:channel, :payload)")
                .setParameter("channel", CHANNEL)
                .setParameter("payload", n.id + " " + n.caseId)
                .getSingleResult()).replaceWithVoid();
    }

    void onStart(@Observes StartupEvent event) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", "")).setUser(user);
        password.ifPresent(options::setPassword);
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1000L);
        subscriber.channel(CHANNEL).handler(payload -> {
            int space = payload.indexOf(' ');
            if (space > 0) {
                signals.onNext(new Signal(UUID.fromString(payload.substring(0, space)), payload.substring(space + 1)));
            }
        });
        subscriber.connect().subscribe().with(ok -> LOG.infof("live notice feed listening on %s", CHANNEL),
                failure -> LOG.warnf("live notice feed could not listen, retrying: %s", failure.toString()));
    }

    void onStop(@Observes ShutdownEvent event) {
        if (subscriber != null) {
            subscriber.closeAndForget();
        }
        signals.onComplete();
    }

    /** The case's citizen notices as they are recorded or settled (each as it then stands), from now on. */
    public Multi<NotificationEntry> live(String caseId) {
        // buffered: a page that is slow to read must not fail the feed for itself (or lose a notice)
        return signals.onOverflow().buffer(1024).select().where(s -> s.caseId().equals(caseId))
                .onItem().transformToUniAndConcatenate(s -> entry(s.notificationId()))
                .select().where(e -> e != null);
    }

    /** The case's citizen notices so far, oldest first. */
    public Uni<List<NotificationEntry>> history(String caseId) {
        return pool.preparedQuery("select " + NotificationEntry.COLUMNS + " from notification"
                        + " where case_id = $1 and recipient_kind = 'CITIZEN' order by created_at, id")
                .execute(Tuple.of(caseId))
                .map(rows -> {
                    List<NotificationEntry> list = new java.util.ArrayList<>();
                    rows.forEach(r -> list.add(NotificationEntry.of(r)));
                    return list;
                });
    }

    private Uni<NotificationEntry> entry(UUID id) {
        return pool.preparedQuery("select " + NotificationEntry.COLUMNS + " from notification where id = $1 and recipient_kind = 'CITIZEN'")
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : NotificationEntry.of(rows.iterator().next()));
    }
}
