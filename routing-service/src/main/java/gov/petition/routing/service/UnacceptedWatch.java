package gov.petition.routing.service;

import gov.petition.routing.config.RoutingConfig;
import gov.petition.routing.repository.RoutedCase;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Escalates cases their unit has not accepted by the due time, once each: the due time is a column, so
 * it survives restarts; due rows are claimed with {@code for update skip locked}, so several instances
 * share the work and none escalates a case twice (the due time is cleared in the same transaction as
 * the escalation event). The case also goes into the dispatch queue (REROUTE) for a dispatcher to
 * consider sending it elsewhere. Also keeps the duplicate-linking window bounded.
 */
@ApplicationScoped
public class UnacceptedWatch {

    private static final Logger LOG = Logger.getLogger(UnacceptedWatch.class);
    private static final int BATCH = 50;
    private static final String CLAIM = """
            select case_id from routed_case where accept_due <= :now and state = 'ROUTED'
            order by accept_due limit :batch for update skip locked""";

    private final Vertx vertx;
    private final RoutingConfig config;
    private final Escalations escalations;
    private final DuplicateLinks duplicates;
    private volatile long timer = -1;

    public UnacceptedWatch(Vertx vertx, RoutingConfig config, Escalations escalations, DuplicateLinks duplicates) {
        this.vertx = vertx;
        this.config = config;
        this.escalations = escalations;
        this.duplicates = duplicates;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.bounce().watch()) {
            LOG.info("unaccepted-case watch disabled on this instance");
            return;
        }
        timer = Background.every(vertx, config.bounce().check().toMillis(), "unaccepted-case watch",
                () -> escalateDue().chain(() -> duplicates.prune(CaseRouter.now())));
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Escalates the cases past their acceptance limit, a batch at a time; answers how many. */
    public Uni<Integer> escalateDue() {
        OffsetDateTime now = CaseRouter.now();
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(CLAIM, String.class).setParameter("now", now).setParameter("batch", BATCH).getResultList())
                .chain(ids -> Multi.createFrom().iterable(ids)
                        .onItem().transformToUniAndConcatenate(id -> RoutedCase.<RoutedCase>findById(id)
                                .chain(routed -> {
                                    routed.enqueue(RoutedCase.QueueReason.REROUTE, now);
                                    return escalations.unaccepted(routed, now);
                                }))
                        .collect().asList().map(List::size)));
    }
}
