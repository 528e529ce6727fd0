package gov.petition.handling.service;

import gov.petition.events.EventTypes;
import gov.petition.events.outbox.Outbox;
import gov.petition.events.payload.DeadlineMoved;
import gov.petition.handling.config.HandlingConfig;
import gov.petition.handling.domain.AppliedLimits;
import gov.petition.handling.domain.DeadlineStep;
import gov.petition.handling.domain.StepLimit;
import gov.petition.handling.domain.WorkingCalendar;
import gov.petition.handling.repository.WorkItem;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletionStage;

/**
 * Counts provisional deadlines again once the holiday arrangement they crossed is loaded: sign, accept and reply
 * deadlines of cases still being handled, on the limits they were first computed with (a reopened case's reply from
 * its reopening; a date set by a granted extension stays). A moved deadline is announced (case.deadline-moved), its
 * timers follow, and the unit's queue hears of it; a deadline that does not move stays silent, so running this again,
 * on any instance, changes nothing.
 */
@ApplicationScoped
public class ProvisionalDeadlines {

    private static final Logger LOG = Logger.getLogger(ProvisionalDeadlines.class);
    private static final String CLAIM = """
            select * from work_item where deadlines_provisional
              and status in ('ROUTED', 'SIGNED', 'ACCEPTED', 'IN_PROGRESS', 'REOPENED')
            order by case_id limit :limit for update skip locked""";
    private static final int BATCH = 200;

    private final WorkingCalendar calendar;
    private final HandlingConfig config;
    private final Outbox outbox;
    private final CaseProgress progress;
    private final QueueFeed feed;
    private final Vertx vertx;

    public ProvisionalDeadlines(WorkingCalendar calendar, HandlingConfig config, Outbox outbox, CaseProgress progress,
                                QueueFeed feed, Vertx vertx) {
        this.calendar = calendar;
        this.config = config;
        this.outbox = outbox;
        this.progress = progress;
        this.feed = feed;
        this.vertx = vertx;
    }

    /** Recounts in the background, as after a calendar another instance stored; answers how many deadlines moved. */
    public CompletionStage<Integer> recountInBackground() {
        return BackgroundContext.run(vertx, this::recount);
    }

    /** Recounts every provisional deadline of cases being handled, batch by batch; answers how many moved. */
    public Uni<Integer> recount() {
        return recountFrom(null, 0);
    }

    private Uni<Integer> recountFrom(String afterCaseId, int movedSoFar) {
        QueueChanges.Batch changes = new QueueChanges.Batch();
        String claim = afterCaseId == null ? CLAIM : CLAIM.replace("order by", "and case_id > :after order by");
        return Panache.withTransaction(() -> {
                    changes.clear();
                    return Panache.getSession().chain(s -> {
                        var query = s.createNativeQuery(claim, WorkItem.class).setParameter("limit", BATCH);
                        if (afterCaseId != null) {
                            query.setParameter("after", afterCaseId);
                        }
                        return query.getResultList();
                    }).chain(items -> Multi.createFrom().iterable(items)
                            .onItem().transformToUniAndConcatenate(item -> recount(item, changes))
                            .collect().asList()
                            .map(moved -> new Batch(items.isEmpty() ? null : items.get(items.size() - 1).caseId,
                                    items.size(), moved.stream().mapToInt(Integer::intValue).sum())));
                })
                .invoke(() -> feed.publish(changes.changes()))
                .chain(batch -> batch.size() < BATCH ? Uni.createFrom().item(movedSoFar + batch.moved())
                        : recountFrom(batch.lastCaseId(), movedSoFar + batch.moved()));
    }

    private record Batch(String lastCaseId, int size, int moved) {
    }

    /** Recounts one case's deadlines; answers how many moved. */
    private Uni<Integer> recount(WorkItem item, QueueChanges.Batch changes) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        boolean provisional = false;
        Uni<Integer> moved = Uni.createFrom().item(0);
        for (StepLimit limit : AppliedLimits.decode(item.appliedLimits)) {
            DeadlineStep step = limit.step();
            if (step != DeadlineStep.SIGN && step != DeadlineStep.ACCEPT && step != DeadlineStep.REPLY) {
                continue; // urgent limits run on calendar hours: never provisional
            }
            Instant start;
            Instant due;
            if (step == DeadlineStep.REPLY && item.replyDueFixed) {
                continue;
            } else if (step == DeadlineStep.REPLY && item.replyClockStart != null) {
                start = item.replyClockStart.toInstant();
                due = calendar.plusWorkingDays(start, config.reopen().replyWorkingDays());
            } else {
                OffsetDateTime from = switch (limit.from()) {
                    case RECEIVED -> item.receivedAt;
                    case ROUTED -> item.routedAt;
                };
                if (from == null) {
                    continue;
                }
                start = from.toInstant();
                due = limit.limit().dueFrom(start, calendar);
            }
            provisional |= !calendar.isOfficialBetween(start, due);
            OffsetDateTime previous = item.dueOf(step);
            OffsetDateTime next = due.atOffset(ZoneOffset.UTC);
            if (previous == null || previous.isEqual(next)) {
                continue;
            }
            set(item, step, next);
            LOG.infof("case %s: %s deadline moved from %s to %s with the holiday arrangement now loaded", item.caseId,
                    step, previous, next);
            String reason = "按%d年节假日安排重新计算%s时限".formatted(next.atZoneSameInstant(WorkingCalendar.CHINA).getYear(), step.label());
            DeadlineMoved event = new DeadlineMoved(item.caseId, item.unitId, item.unitName, step.name(), previous, next, reason, now);
            moved = moved.chain(count -> outbox.append(EventTypes.CASE_DEADLINE_MOVED, item.caseId, event).replaceWith(count + 1));
        }
        item.deadlinesProvisional = provisional;
        return moved.chain(count -> count == 0 ? Uni.createFrom().item(0)
                : progress.changed(item, null, item.unitId, item.unitName, now, QueueChanges.UPDATED, item.unitId, changes)
                        .replaceWith(count));
    }

    private static void set(WorkItem item, DeadlineStep step, OffsetDateTime due) {
        switch (step) {
            case SIGN -> item.signDue = due;
            case ACCEPT -> item.acceptDue = due;
            case REPLY -> item.replyDue = due;
            default -> throw new IllegalArgumentException(step.name());
        }
    }
}
