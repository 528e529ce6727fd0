package gov.petition.handling.service;

import gov.petition.events.EventTypes;
import gov.petition.events.outbox.Outbox;
import gov.petition.events.payload.DeadlineAlert;
import gov.petition.handling.config.HandlingConfig;
import gov.petition.handling.domain.DeadlineStep;
import gov.petition.handling.domain.SupervisionTrigger;
import gov.petition.handling.domain.TimerKind;
import gov.petition.handling.repository.DeadlineTimer;
import gov.petition.handling.repository.Supervision;
import gov.petition.handling.repository.WorkItem;
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
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fires due deadline timers: every poll, one transaction claims due rows with {@code FOR UPDATE SKIP LOCKED}, writes
 * each alert (deadline-warned or deadline-missed) to the outbox and marks the row fired, so an alert leaves exactly
 * once whichever instance claims it, and a crash before the commit leaves the row to be claimed again. A missed reply
 * deadline, or an urgent case's missed HANDLE or FIX, also opens an OVERDUE supervision (once while one is open), in
 * the same transaction.
 */
@ApplicationScoped
public class DeadlineAlarms {

    private static final Logger LOG = Logger.getLogger(DeadlineAlarms.class);
    private static final int MAX_BATCHES_PER_POLL = 50;
    /** Missing these opens an OVERDUE supervision: the reply, and an urgent case's making safe and repair. */
    private static final java.util.Set<DeadlineStep> SUPERVISED_WHEN_MISSED =
            java.util.EnumSet.of(DeadlineStep.REPLY, DeadlineStep.HANDLE, DeadlineStep.FIX);

    private final HandlingConfig config;
    private final Outbox outbox;
    private final Supervisions supervisions;
    private final QueueChanges queueChanges;
    private final QueueFeed feed;
    private final Vertx vertx;
    private final AtomicBoolean polling = new AtomicBoolean();
    private long timerId = -1;

    public DeadlineAlarms(HandlingConfig config, Outbox outbox, Supervisions supervisions, QueueChanges queueChanges,
                          QueueFeed feed, Vertx vertx) {
        this.config = config;
        this.outbox = outbox;
        this.supervisions = supervisions;
        this.queueChanges = queueChanges;
        this.feed = feed;
        this.vertx = vertx;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.timers().enabled()) {
            LOG.info("deadline timers: not polled on this instance");
            return;
        }
        timerId = vertx.setPeriodic(config.timers().pollInterval().toMillis(), id -> poll());
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    private void poll() {
        if (!polling.compareAndSet(false, true)) {
            return; // the previous poll is still firing
        }
        pollOnce().whenComplete((fired, failure) -> {
            polling.set(false);
            if (failure != null) {
                LOG.warnf("deadline timers: poll failed, will retry: %s", failure.toString());
            }
        });
    }

    /**
     * Fires what is due now in a poll of its own, independent of the periodic one, as another instance would; answers
     * how many timers it claimed.
     */
    public CompletionStage<Integer> pollOnce() {
        return BackgroundContext.run(vertx, this::fireDue);
    }

    /** Fires every timer due now, batch after batch; answers how many fired. */
    public Uni<Integer> fireDue() {
        return fireBatches(0, 0);
    }

    private Uni<Integer> fireBatches(int batches, int firedSoFar) {
        return fireBatch().chain(fired -> fired < config.timers().batchSize() || batches + 1 >= MAX_BATCHES_PER_POLL
                ? Uni.createFrom().item(firedSoFar + fired)
                : fireBatches(batches + 1, firedSoFar + fired));
    }

    private Uni<Integer> fireBatch() {
        QueueChanges.Batch changes = new QueueChanges.Batch();
        return Panache.withTransaction(() -> {
                    changes.clear();
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
                    return DeadlineTimer.claimDue(now, config.timers().batchSize())
                            .chain(timers -> Multi.createFrom().iterable(timers)
                                    .onItem().transformToUniAndConcatenate(timer -> fire(timer, now, changes))
                                    .collect().asList()
                                    .map(fired -> timers.size()));
                })
                .invoke(() -> feed.publish(changes.changes()));
    }

    private Uni<Void> fire(DeadlineTimer timer, OffsetDateTime now, QueueChanges.Batch changes) {
        timer.firedAt = now;
        boolean stale = timer.timerKind() == TimerKind.WARN && !timer.due.isAfter(now);
        if (DeadlineTimer.SUPERVISION.equals(timer.step)) {
            return Supervision.<Supervision>findById(timer.supervisionId).chain(s -> {
                if (s == null || !Supervision.OPEN.equals(s.status) || stale) {
                    timer.skipped = true;
                    return Uni.createFrom().voidItem();
                }
                return alert(timer, now);
            });
        }
        return WorkItem.<WorkItem>findById(timer.caseId).chain(item -> {
            if (item == null || stale || !stillAwaited(item, timer)) {
                // the step was taken or the deadline moved and the cancel lost the race: nothing to say
                timer.skipped = true;
                return Uni.createFrom().voidItem();
            }
            Uni<Void> alerted = alert(timer, now);
            if (timer.timerKind() != TimerKind.MISSED) {
                return alerted;
            }
            Uni<Void> announced = alerted.chain(() -> queueChanges.announce(item, QueueChanges.UPDATED, item.unitId, changes));
            DeadlineStep step = DeadlineStep.valueOf(timer.step);
            if (!SUPERVISED_WHEN_MISSED.contains(step)) {
                return announced;
            }
            // the unit that missed it: the one holding the case, or the dispatch desk the timer ran against
            String unitId = item.unitId != null ? item.unitId : timer.unitId;
            String unitName = item.unitId != null ? item.unitName : timer.unitName;
            String unit = unitName == null ? unitId : unitName;
            String due = timer.due.atZoneSameInstant(gov.petition.handling.domain.WorkingCalendar.CHINA).toLocalDateTime().toString();
            String reason = switch (step) {
                case HANDLE -> "紧急事项处置逾期：%s未在 %s 前现场处置，由上级督办。".formatted(unit, due);
                case FIX -> "紧急事项修复逾期：%s未在 %s 前修复办结，由上级督办。".formatted(unit, due);
                default -> "答复逾期：%s未在答复时限 %s 前答复，由上级督办。".formatted(unit, due);
            };
            return announced.chain(() -> supervisions.open(item.caseId, SupervisionTrigger.OVERDUE, unitId, unitName,
                    null, reason, now));
        });
    }

    private static boolean stillAwaited(WorkItem item, DeadlineTimer timer) {
        OffsetDateTime due = item.runningDeadlines().get(DeadlineStep.valueOf(timer.step));
        return due != null && due.isEqual(timer.due);
    }

    private Uni<Void> alert(DeadlineTimer timer, OffsetDateTime now) {
        String type = timer.timerKind() == TimerKind.WARN ? EventTypes.CASE_DEADLINE_WARNED : EventTypes.CASE_DEADLINE_MISSED;
        LOG.infof("case %s: %s of %s due %s (%s)", timer.caseId, timer.timerKind().label(), timer.step, timer.due, timer.unitId);
        return outbox.append(type, timer.caseId, new DeadlineAlert(timer.caseId, timer.unitId, timer.unitName, timer.step,
                timer.due, now)).replaceWithVoid();
    }
}
