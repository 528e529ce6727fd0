package gov.petition.handling.messaging;

import gov.petition.events.CloudEventCodec;
import gov.petition.events.EventTypes;
import gov.petition.events.inbox.IdempotentConsumer;
import gov.petition.events.payload.CaseEscalated;
import gov.petition.events.payload.CaseFollowedUp;
import gov.petition.events.payload.CaseMarkedUrgent;
import gov.petition.events.outbox.Outbox;
import gov.petition.events.payload.CaseReceived;
import gov.petition.events.payload.CaseReopened;
import gov.petition.events.payload.CaseRouted;
import gov.petition.events.payload.ProblemRecurred;
import gov.petition.handling.config.HandlingConfig;
import gov.petition.handling.domain.CaseDeadlines;
import gov.petition.handling.domain.CaseTiming;
import gov.petition.handling.domain.DeadlineStep;
import gov.petition.handling.domain.HandlingStatus;
import gov.petition.handling.domain.SupervisionTrigger;
import gov.petition.handling.domain.Urgency;
import gov.petition.handling.domain.WorkingCalendar;
import gov.petition.handling.repository.ExtensionRequest;
import gov.petition.handling.repository.WorkItem;
import gov.petition.handling.service.CaseProgress;
import gov.petition.handling.service.QueueChanges;
import gov.petition.handling.service.QueueFeed;
import gov.petition.handling.service.Supervisions;
import gov.petition.handling.service.TimeLimits;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Fills units' work queues from received and routed cases, puts reopened cases back in them, and opens supervision
 * records for cases routing finds bouncing and evaluation finds unresolved again.
 */
@ApplicationScoped
public class CaseEvents {

    private static final Logger LOG = Logger.getLogger(CaseEvents.class);
    private static final String PREVIOUS_UNIT =
            "select unit_id, channel, urgency, received_at from work_item where case_id = :caseId for update";

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final TimeLimits timeLimits;
    private final WorkingCalendar calendar;
    private final CaseProgress progress;
    private final QueueFeed feed;
    private final Supervisions supervisions;
    private final HandlingConfig config;
    private final QueueChanges queueChanges;
    private final Outbox outbox;

    public CaseEvents(IdempotentConsumer consumer, CloudEventCodec codec, TimeLimits timeLimits, WorkingCalendar calendar,
                      CaseProgress progress, QueueFeed feed, Supervisions supervisions, HandlingConfig config,
                      QueueChanges queueChanges, Outbox outbox) {
        this.outbox = outbox;
        this.queueChanges = queueChanges;
        this.consumer = consumer;
        this.codec = codec;
        this.timeLimits = timeLimits;
        this.calendar = calendar;
        this.progress = progress;
        this.feed = feed;
        this.supervisions = supervisions;
        this.config = config;
    }

    @Incoming("cases")
    public Uni<Void> onCaseEvent(ConsumerRecord<String, byte[]> record) {
        QueueChanges.Batch changes = new QueueChanges.Batch();
        return consumer.consume("handling-queue", record, event -> {
            changes.clear(); // a retried attempt starts afresh
            return switch (event.type()) {
                case EventTypes.CASE_RECEIVED -> received(codec.payload(event, CaseReceived.class), changes);
                case EventTypes.CASE_ROUTED -> routed(codec.payload(event, CaseRouted.class), changes);
                case EventTypes.CASE_FOLLOWED_UP -> followedUp(codec.payload(event, CaseFollowedUp.class), changes);
                case EventTypes.CASE_REOPENED -> reopened(codec.payload(event, CaseReopened.class), changes);
                case EventTypes.CASE_ESCALATED -> escalated(codec.payload(event, CaseEscalated.class));
                case EventTypes.PROBLEM_RECURRED -> recurred(codec.payload(event, ProblemRecurred.class));
                default -> Uni.createFrom().voidItem();
            };
        }).invoke(() -> feed.publish(changes.changes()));
    }

    private Uni<Void> received(CaseReceived r, QueueChanges.Batch changes) {
        String keyword = urgentKeyword(config.urgency().keywords(), r.title(), r.content());
        Urgency urgency = keyword == null ? Urgency.NORMAL : Urgency.URGENT;
        if (keyword != null) {
            LOG.infof("case %s: urgent, its text names \"%s\"", r.caseId(), keyword);
        }
        return WorkItem.received(r.caseId(), r.title(), r.category(), r.channel(), r.receivedAt(), urgency.name(), keyword)
                .chain(() -> WorkItem.<WorkItem>findById(r.caseId(), LockModeType.PESSIMISTIC_WRITE))
                .chain(item -> urgency == Urgency.URGENT ? markUrgent(item, keyword) : Uni.createFrom().item(item))
                .chain(item -> queueChangeIfQueued(item, changes));
    }

    /**
     * An urgent case's round-the-clock deadlines run from the report, whether or not it has reached a unit yet: they
     * are set now and announced once (case.marked-urgent). If routing came first, a case still waiting to be signed
     * also gets the signing, accepting and replying limits of the rules that now match it, and its timers follow.
     */
    private Uni<WorkItem> markUrgent(WorkItem item, String keyword) {
        if (item == null || item.receivedAt == null) {
            return Uni.createFrom().item(item);
        }
        boolean awaitingSignature = item.routedAt != null && HandlingStatus.ROUTED.name().equals(item.status);
        CaseDeadlines deadlines = timeLimits.current().deadlinesFor(new CaseTiming(item.category, item.channel, Urgency.URGENT,
                item.receivedAt.toInstant(), item.routedAt == null ? null : item.routedAt.toInstant()), calendar);
        if (awaitingSignature) {
            item.setDeadlines(deadlines);
        } else {
            item.handleDue = deadlines.of(DeadlineStep.HANDLE).map(d -> d.due().atOffset(ZoneOffset.UTC)).orElse(null);
            item.fixDue = deadlines.of(DeadlineStep.FIX).map(d -> d.due().atOffset(ZoneOffset.UTC)).orElse(null);
        }
        if (item.handleDue == null && item.fixDue == null) {
            LOG.infof("case %s: urgent, but the time-limit rules set no HANDLE or FIX limit", item.caseId);
            return progress.rescheduleTimers(item).replaceWith(item);
        }
        LOG.infof("case %s: marked urgent under \"%s\" (make safe by %s, repair by %s)", item.caseId, deadlines.rule(),
                item.handleDue, item.fixDue);
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return outbox.append(EventTypes.CASE_MARKED_URGENT, item.caseId,
                        new CaseMarkedUrgent(item.caseId, keyword, deadlines.rule(), item.handleDue, item.fixDue, at))
                .chain(() -> progress.rescheduleTimers(item))
                .replaceWith(item);
    }

    /** The first urgent keyword in the texts, or null. */
    static String urgentKeyword(List<String> keywords, String... texts) {
        for (String keyword : keywords) {
            String k = keyword == null ? "" : keyword.strip();
            if (k.isEmpty()) {
                continue;
            }
            for (String text : texts) {
                if (text != null && text.contains(k)) {
                    return k;
                }
            }
        }
        return null;
    }

    private Uni<Void> followedUp(CaseFollowedUp f, QueueChanges.Batch changes) {
        return WorkItem.followedUp(f.caseId(), f.at())
                .invoke(() -> LOG.infof("case %s: the citizen followed up", f.caseId()))
                .chain(() -> WorkItem.<WorkItem>findById(f.caseId()))
                .chain(item -> queueChangeIfQueued(item, changes));
    }

    private Uni<Void> queueChangeIfQueued(WorkItem item, QueueChanges.Batch changes) {
        if (item == null || item.unitId == null) {
            return Uni.createFrom().voidItem();
        }
        return queueChanges.announce(item, QueueChanges.UPDATED, item.unitId, changes); // no step, no deadline moved
    }

    private Uni<Void> routed(CaseRouted r, QueueChanges.Batch changes) {
        // the unit's clock starts at routing; channel, urgency and the receipt time come from intake's event when it
        // arrived first (otherwise the received event applies an urgent rule when it comes)
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(PREVIOUS_UNIT, Object[].class).setParameter("caseId", r.caseId()).getResultList())
                .chain(rows -> {
                    Object[] row = rows.isEmpty() ? null : rows.get(0);
                    String previousUnit = row == null ? null : (String) row[0];
                    String channel = row == null ? null : (String) row[1];
                    Urgency urgency = row == null || row[2] == null ? Urgency.NORMAL : Urgency.valueOf((String) row[2]);
                    java.time.Instant receivedAt = row == null || row[3] == null ? null : instant(row[3]);
                    CaseDeadlines deadlines = timeLimits.current().deadlinesFor(
                            new CaseTiming(r.category(), channel, urgency, receivedAt, r.routedAt().toInstant()), calendar);
                    return WorkItem.routed(r.caseId(), r.unitId(), r.unitName(), r.category(), r.routedAt(), deadlines)
                            .chain(applied -> {
                                if (!applied) {
                                    LOG.infof("case %s: an older routing to %s arrived late, ignored", r.caseId(), r.unitId());
                                    return Uni.createFrom().voidItem();
                                }
                                LOG.infof("case %s: queued for %s", r.caseId(), r.unitId());
                                return WorkItem.<WorkItem>findById(r.caseId()).chain(item -> {
                                    boolean sameUnit = Objects.equals(previousUnit, r.unitId());
                                    // re-routed elsewhere: the case leaves the previous unit's queue
                                    Uni<Void> left = sameUnit || previousUnit == null ? Uni.createFrom().voidItem()
                                            : queueChanges.announce(item, QueueChanges.REMOVED, previousUnit, changes);
                                    return left.chain(() -> progress.changed(item, "ROUTED", r.unitId(), r.unitName(),
                                            r.routedAt(), sameUnit ? QueueChanges.UPDATED : QueueChanges.ADDED, r.unitId(), changes));
                                });
                            });
                });
    }

    private Uni<Void> reopened(CaseReopened r, QueueChanges.Batch changes) {
        return WorkItem.<WorkItem>findById(r.caseId(), LockModeType.PESSIMISTIC_WRITE).chain(item -> {
            if (item == null) {
                LOG.warnf("case %s: reopened, but never handled here; ignored", r.caseId());
                return Uni.createFrom().voidItem();
            }
            if (r.round() <= item.reopenRound) {
                LOG.infof("case %s: reopening for round %d already applied", r.caseId(), r.round());
                return Uni.createFrom().voidItem();
            }
            String previousUnit = item.unitId;
            OffsetDateTime at = (r.at() == null ? OffsetDateTime.now(ZoneOffset.UTC) : r.at()).truncatedTo(ChronoUnit.MICROS);
            if (r.unitId() != null) {
                item.unitId = r.unitId();
                item.unitName = r.unitName();
            }
            item.reopenRound = r.round();
            item.replyDue = calendar.plusWorkingDays(at.toInstant(), config.reopen().replyWorkingDays()).atOffset(ZoneOffset.UTC);
            item.replyClockStart = at;
            item.replyDueFixed = false;
            item.deadlinesProvisional = !calendar.isOfficialBetween(at.toInstant(), item.replyDue.toInstant());
            item.moveTo(HandlingStatus.REOPENED);
            LOG.infof("case %s: reopened for %s (round %d), reply due %s", r.caseId(), item.unitId, r.round(), item.replyDue);
            String change = Objects.equals(previousUnit, item.unitId) ? QueueChanges.UPDATED : QueueChanges.ADDED;
            // a request for more time on the earlier reply no longer applies: the new round has its own deadline
            return ExtensionRequest.withdrawOpen(r.caseId(), at, "案件已重新办理（第" + r.round() + "轮），原延期申请撤回")
                    .invoke(n -> {
                        if (n > 0) {
                            LOG.infof("case %s: open extension request withdrawn on reopening", r.caseId());
                        }
                    })
                    .chain(() -> progress.changed(item, "REOPENED", item.unitId, item.unitName, at, change, item.unitId, changes));
        });
    }

    private Uni<Void> escalated(CaseEscalated e) {
        return WorkItem.<WorkItem>findById(e.caseId()).chain(item -> {
            String unitId = item != null && item.unitId != null ? item.unitId : lastHolder(e);
            String unitName = item != null && item.unitId != null ? item.unitName : lastHolderName(e);
            String route = e.holds() == null ? "" : e.holds().stream()
                    .map(h -> (h.unitName() == null ? h.unitId() : h.unitName()) + "（" + hours(h.seconds()) + "小时）")
                    .collect(Collectors.joining(" → "));
            String reason = "案件空转：已退回或改派%d次%s，由上级督办。".formatted(e.returns(), route.isEmpty() ? "" : "，经手 " + route);
            return supervisions.open(e.caseId(), SupervisionTrigger.BOUNCING, unitId, unitName, e.supervisingUnitId(),
                    reason, at(e.at()));
        });
    }

    private Uni<Void> recurred(ProblemRecurred p) {
        return WorkItem.<WorkItem>findById(p.caseId()).chain(item -> {
            String unitId = p.unitId() != null ? p.unitId() : item == null ? null : item.unitId;
            String unitName = item != null && Objects.equals(item.unitId, unitId) ? item.unitName : null;
            List<String> earlier = p.earlierCaseIds() == null ? List.of() : p.earlierCaseIds();
            String reason = "同一问题重复反映且两次未解决（前案：%s），由上级督办。".formatted(String.join("、", earlier));
            return supervisions.open(p.caseId(), SupervisionTrigger.REPEATED_UNRESOLVED, unitId, unitName, null, reason, at(p.at()));
        });
    }

    private static String lastHolder(CaseEscalated e) {
        return e.holds() == null || e.holds().isEmpty() ? null : e.holds().get(e.holds().size() - 1).unitId();
    }

    private static String lastHolderName(CaseEscalated e) {
        return e.holds() == null || e.holds().isEmpty() ? null : e.holds().get(e.holds().size() - 1).unitName();
    }

    private static String hours(long seconds) {
        return String.format("%.1f", seconds / 3600.0);
    }

    private static java.time.Instant instant(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.time.Instant i) {
            return i;
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString()).toInstant();
    }

    private static OffsetDateTime at(OffsetDateTime at) {
        return (at == null ? OffsetDateTime.now(ZoneOffset.UTC) : at).truncatedTo(ChronoUnit.MICROS);
    }
}
