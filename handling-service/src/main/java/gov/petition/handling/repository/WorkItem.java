package gov.petition.handling.repository;

import gov.petition.handling.domain.AppliedLimits;
import gov.petition.handling.domain.CaseDeadlines;
import gov.petition.handling.domain.Deadline;
import gov.petition.handling.domain.DeadlineStep;
import gov.petition.handling.domain.HandlingAction;
import gov.petition.handling.domain.HandlingStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A case in a unit's work queue. Built from intake's and routing's events, which may arrive in either
 * order: each fills its own columns with an upsert, so neither overwrites the other.
 */
@Entity
@Table(name = "work_item")
public class WorkItem extends PanacheEntityBase {

    private static final String UPSERT_RECEIVED = """
            insert into work_item (case_id, title, category, channel, received_at, status, urgency, urgent_keyword)
            values (:caseId, :title, :category, :channel, :receivedAt, 'PENDING', :urgency, :keyword)
            on conflict (case_id) do update set title = excluded.title, category = coalesce(work_item.category, excluded.category),
                channel = excluded.channel, received_at = excluded.received_at, urgency = excluded.urgency,
                urgent_keyword = excluded.urgent_keyword""";
    private static final String UPSERT_ROUTED = """
            insert into work_item (case_id, unit_id, unit_name, category, routed_at, status,
                                   time_limit_rule, sign_due, accept_due, reply_due, handle_due, fix_due, next_due,
                                   applied_limits, deadlines_provisional, reply_clock_start, reply_due_fixed)
            values (:caseId, :unitId, :unitName, :category, :routedAt, 'ROUTED', :rule, :signDue, :acceptDue, :replyDue,
                    :handleDue, :fixDue, :nextDue, :limits, :provisional, null, false)
            on conflict (case_id) do update set unit_id = excluded.unit_id, unit_name = excluded.unit_name,
                category = coalesce(excluded.category, work_item.category), routed_at = excluded.routed_at, status = 'ROUTED',
                time_limit_rule = excluded.time_limit_rule, sign_due = excluded.sign_due, accept_due = excluded.accept_due,
                reply_due = excluded.reply_due, handle_due = excluded.handle_due, fix_due = excluded.fix_due,
                next_due = excluded.next_due, applied_limits = excluded.applied_limits,
                deadlines_provisional = excluded.deadlines_provisional, reply_clock_start = null, reply_due_fixed = false
            where work_item.routed_at is null or work_item.routed_at <= excluded.routed_at""";

    @Id
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "unit_id")
    public String unitId;
    @Column(name = "unit_name")
    public String unitName;
    public String title;
    public String category;
    public String channel;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "routed_at")
    public OffsetDateTime routedAt;
    @Column(nullable = false)
    public String status;
    /** Follow-up messages the citizen added to the case. */
    @Column(name = "follow_ups", nullable = false)
    public int followUps;
    @Column(name = "last_follow_up_at")
    public OffsetDateTime lastFollowUpAt;
    /** The time-limit rule the deadlines below come from. */
    @Column(name = "time_limit_rule")
    public String timeLimitRule;
    @Column(name = "sign_due")
    public OffsetDateTime signDue;
    @Column(name = "accept_due")
    public OffsetDateTime acceptDue;
    @Column(name = "reply_due")
    public OffsetDateTime replyDue;
    /** URGENT when its title or content names an urgent public-safety keyword (handling.urgency.keywords). */
    @Column(nullable = false)
    public String urgency = "NORMAL";
    /** The keyword that made it urgent. */
    @Column(name = "urgent_keyword")
    public String urgentKeyword;
    /** Urgent cases: made safe (处置) by. */
    @Column(name = "handle_due")
    public OffsetDateTime handleDue;
    /** Urgent cases: repaired (修复) by. */
    @Column(name = "fix_due")
    public OffsetDateTime fixDue;
    /** The deadline the case waits on in its current status; null when none runs. */
    @Column(name = "next_due")
    public OffsetDateTime nextDue;

    /** Urgent cases: when the danger was made safe on site (处置), meeting {@link #handleDue}. */
    @Column(name = "handled_at")
    public OffsetDateTime handledAt;
    @Column(name = "handled_by")
    public String handledBy;
    @Column(name = "handled_by_name")
    public String handledByName;

    /** The step limits the deadlines were computed with ({@link AppliedLimits}). */
    @Column(name = "applied_limits")
    public String appliedLimits;
    /** Whether a deadline was counted across days with no published holiday arrangement: counted again when it comes. */
    @Column(name = "deadlines_provisional", nullable = false)
    public boolean deadlinesProvisional;
    /** A reopened case: its reply clock started at the reopening. */
    @Column(name = "reply_clock_start")
    public OffsetDateTime replyClockStart;
    /** The reply deadline was set by a person (a granted extension), not counted. */
    @Column(name = "reply_due_fixed", nullable = false)
    public boolean replyDueFixed;

    /** The reply round evaluation last reopened the case for (0: never reopened). */
    @Column(name = "reopen_round", nullable = false)
    public int reopenRound;

    /** Moves the case to a new status after a handling action; the earliest deadline it now runs against becomes {@link #nextDue}. */
    public void moveTo(HandlingStatus to) {
        status = to.name();
        if (to == HandlingStatus.RETURNED) {
            // back to dispatch: the case leaves this unit's queue until routing passes it on again
            unitId = null;
            unitName = null;
        }
        nextDue = earliestRunningDue();
    }

    /**
     * The deadlines running now, by step: the one its status waits on (sign, accept or reply) and, for an urgent case,
     * HANDLE until it is made safe and FIX until it is completed, both counted from the report and running while the
     * case waits for dispatch too.
     */
    public Map<DeadlineStep, OffsetDateTime> runningDeadlines() {
        Map<DeadlineStep, OffsetDateTime> running = new EnumMap<>(DeadlineStep.class);
        HandlingStatus current = HandlingStatus.valueOf(status);
        current.awaitedStep().ifPresent(step -> {
            if (dueOf(step) != null) {
                running.put(step, dueOf(step));
            }
        });
        // an urgent case's clock runs from the report: against the unit holding it, or the dispatch desk meanwhile
        if (HandlingStatus.URGENT_CLOCK_RUNS.contains(current) || HandlingStatus.AWAITING_DISPATCH.contains(current)) {
            if (handleDue != null && handledAt == null) {
                running.put(DeadlineStep.HANDLE, handleDue);
            }
            if (fixDue != null) {
                running.put(DeadlineStep.FIX, fixDue);
            }
        }
        return running;
    }

    /** The earliest of {@link #runningDeadlines()}, or null when none runs. */
    public OffsetDateTime earliestRunningDue() {
        return runningDeadlines().values().stream().min(OffsetDateTime::compareTo).orElse(null);
    }

    /** The actions the case allows now: its status's lifecycle steps and, on an urgent case not yet made safe, HANDLE. */
    public List<HandlingAction> allowedActions() {
        List<HandlingAction> allowed = new ArrayList<>(HandlingStatus.valueOf(status).allowedActions());
        if (handleDue != null && handledAt == null && HandlingAction.HANDLE.allowedFrom(HandlingStatus.valueOf(status))) {
            allowed.add(0, HandlingAction.HANDLE); // the most pressing step first
        }
        return allowed;
    }

    public OffsetDateTime dueOf(DeadlineStep step) {
        return switch (step) {
            case SIGN -> signDue;
            case ACCEPT -> acceptDue;
            case REPLY -> replyDue;
            case HANDLE -> handleDue;
            case FIX -> fixDue;
        };
    }

    private static final String UPSERT_FOLLOW_UP = """
            insert into work_item (case_id, status, follow_ups, last_follow_up_at) values (:caseId, 'PENDING', 1, :at)
            on conflict (case_id) do update set follow_ups = work_item.follow_ups + 1,
                last_follow_up_at = greatest(work_item.last_follow_up_at, excluded.last_follow_up_at)""";

    /** Counts a follow-up on the case (once per event: the consumer's inbox guards against repeats). */
    public static Uni<Void> followedUp(String caseId, OffsetDateTime at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(UPSERT_FOLLOW_UP)
                .setParameter("caseId", caseId).setParameter("at", at).executeUpdate()).replaceWithVoid();
    }

    public static Uni<Void> received(String caseId, String title, String category, String channel, OffsetDateTime receivedAt,
                                     String urgency, String urgentKeyword) {
        return Panache.getSession().chain(s -> s.createNativeQuery(UPSERT_RECEIVED)
                .setParameter("caseId", caseId).setParameter("title", title).setParameter("category", category)
                .setParameter("channel", channel).setParameter("receivedAt", receivedAt)
                .setParameter("urgency", urgency).setParameter("keyword", urgentKeyword)
                .executeUpdate()).replaceWithVoid();
    }

    /**
     * Puts the case in the unit's queue with the unit's deadlines (its clock restarts on every routing); an older
     * routing decision arriving late does not win (answers false).
     */
    public static Uni<Boolean> routed(String caseId, String unitId, String unitName, String category, OffsetDateTime routedAt,
                                      CaseDeadlines deadlines) {
        return Panache.getSession().chain(s -> s.createNativeQuery(UPSERT_ROUTED)
                .setParameter("caseId", caseId).setParameter("unitId", unitId).setParameter("unitName", unitName)
                .setParameter("category", category).setParameter("routedAt", routedAt)
                .setParameter("rule", deadlines.rule())
                .setParameter("signDue", due(deadlines, DeadlineStep.SIGN))
                .setParameter("acceptDue", due(deadlines, DeadlineStep.ACCEPT))
                .setParameter("replyDue", due(deadlines, DeadlineStep.REPLY))
                .setParameter("handleDue", due(deadlines, DeadlineStep.HANDLE))
                .setParameter("fixDue", due(deadlines, DeadlineStep.FIX))
                .setParameter("limits", AppliedLimits.encode(deadlines.deadlines()))
                .setParameter("provisional", deadlines.deadlines().stream().anyMatch(Deadline::provisional))
                // a routed case waits to be signed, and an urgent one to be made safe and repaired: the earliest first
                // (CaseProgress corrects it for a case already made safe)
                .setParameter("nextDue", java.util.stream.Stream.of(DeadlineStep.SIGN, DeadlineStep.HANDLE, DeadlineStep.FIX)
                        .map(step -> due(deadlines, step)).filter(java.util.Objects::nonNull)
                        .min(OffsetDateTime::compareTo).orElse(null))
                .executeUpdate()).map(rows -> rows > 0);
    }

    /** Sets the deadlines of the rule found when a case's received event arrived after its routing. */
    public void setDeadlines(CaseDeadlines deadlines) {
        timeLimitRule = deadlines.rule();
        signDue = due(deadlines, DeadlineStep.SIGN);
        acceptDue = due(deadlines, DeadlineStep.ACCEPT);
        replyDue = due(deadlines, DeadlineStep.REPLY);
        handleDue = due(deadlines, DeadlineStep.HANDLE);
        fixDue = due(deadlines, DeadlineStep.FIX);
        appliedLimits = AppliedLimits.encode(deadlines.deadlines());
        deadlinesProvisional = deadlines.deadlines().stream().anyMatch(Deadline::provisional);
        replyClockStart = null;
        replyDueFixed = false;
    }

    private static OffsetDateTime due(CaseDeadlines deadlines, DeadlineStep step) {
        return deadlines.of(step).map(d -> d.due().atOffset(ZoneOffset.UTC)).orElse(null);
    }
}
