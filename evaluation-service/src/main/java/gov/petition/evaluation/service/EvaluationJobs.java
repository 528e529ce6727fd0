package gov.petition.evaluation.service;

import gov.petition.evaluation.config.EvaluationConfig;
import gov.petition.evaluation.domain.Period;
import gov.petition.evaluation.domain.WorkingCalendar;
import gov.petition.evaluation.repository.CaseFact;
import gov.petition.events.EventTypes;
import gov.petition.events.outbox.Outbox;
import gov.petition.events.payload.CaseRatingExpired;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The timed work: reply rounds whose rating time ran out become "not rated" (gov.petition.case.rating-expired),
 * and on the first working day of a month the previous month's bulletin goes out. Every instance runs both;
 * due rows are claimed with {@code for update skip locked} and the bulletin row's key decides, so each fires once
 * across instances and restarts (a row is only cleared in the transaction that emits its event).
 */
@ApplicationScoped
public class EvaluationJobs {

    private static final Logger LOG = Logger.getLogger(EvaluationJobs.class);
    private static final int BATCH = 100;
    private static final String CLAIM_DUE = """
            select case_id from case_fact where rating_due <= :now order by rating_due limit :batch for update skip locked""";

    private final Vertx vertx;
    private final EvaluationConfig config;
    private final Outbox outbox;
    private final Bulletins bulletins;
    private final WorkingCalendar calendar;
    private final AtomicBoolean expiring = new AtomicBoolean();
    private final AtomicBoolean publishing = new AtomicBoolean();
    private long expiryTimer = -1;
    private long bulletinTimer = -1;

    public EvaluationJobs(Vertx vertx, EvaluationConfig config, Outbox outbox, Bulletins bulletins, WorkingCalendar calendar) {
        this.vertx = vertx;
        this.config = config;
        this.outbox = outbox;
        this.bulletins = bulletins;
        this.calendar = calendar;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.jobs().enabled()) {
            LOG.info("timed jobs disabled on this instance");
            return;
        }
        expiryTimer = vertx.setPeriodic(config.jobs().ratingExpiryPoll().toMillis(), id -> run(expiring, this::expireDueRatings));
        bulletinTimer = vertx.setPeriodic(config.jobs().bulletinPoll().toMillis(), id -> run(publishing, this::publishDueBulletin));
    }

    void onStop(@Observes ShutdownEvent event) {
        if (expiryTimer >= 0) {
            vertx.cancelTimer(expiryTimer);
        }
        if (bulletinTimer >= 0) {
            vertx.cancelTimer(bulletinTimer);
        }
    }

    /** One run at a time per job, on its own duplicated context (Hibernate Reactive keeps a session per context). */
    private void run(AtomicBoolean running, Supplier<Uni<Integer>> job) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> Uni.createFrom().deferred(job::get)
                .onTermination().invoke(() -> running.set(false))
                .subscribe().with(n -> { }, failure -> LOG.warnf("timed job failed, it runs again at the next tick: %s", failure.toString())));
    }

    /** Expires the due rating rounds, a batch per transaction; answers how many. */
    public Uni<Integer> expireDueRatings() {
        var now = CaseClosing.now();
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(CLAIM_DUE, String.class).setParameter("now", now).setParameter("batch", BATCH).getResultList())
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<CaseFact>of()) : CaseFact.<CaseFact>list("caseId in ?1", ids))
                .chain(due -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (CaseFact fact : due) {
                        chain = chain.chain(() -> expire(fact));
                    }
                    return chain.replaceWith(due.size());
                }));
    }

    private Uni<Void> expire(CaseFact fact) {
        if (fact.ratingDue == null || fact.ratedRound >= fact.replyRound) {
            fact.ratingDue = null;
            return Uni.createFrom().voidItem();
        }
        // The round counts as not rated in the month its time ran out, whenever this job got to it.
        fact.ratingExpiredAt = fact.ratingDue;
        fact.ratingExpiredRound = fact.replyRound;
        fact.ratingDue = null;
        LOG.infof("case %s: reply round %d not rated in time: counts as not rated", fact.caseId, fact.replyRound);
        return outbox.append(EventTypes.CASE_RATING_EXPIRED, fact.caseId,
                new CaseRatingExpired(fact.caseId, fact.unitId, fact.replyRound, fact.ratingExpiredAt)).replaceWithVoid();
    }

    private Uni<Integer> publishDueBulletin() {
        ZonedDateTime now = ZonedDateTime.now(Period.CITY_ZONE);
        LocalDate firstWorkingDay = calendar.firstWorkingDayOf(YearMonth.from(now));
        if (now.toLocalDate().isBefore(firstWorkingDay)
                || now.toLocalDate().equals(firstWorkingDay) && now.getHour() < config.jobs().bulletinHour()) {
            return Uni.createFrom().item(0);
        }
        // Idempotent: on later days of the month this answers the bulletin already published.
        return bulletins.publish(Period.of(YearMonth.from(now).minusMonths(1))).map(p -> p.newlyPublished() ? 1 : 0);
    }
}
