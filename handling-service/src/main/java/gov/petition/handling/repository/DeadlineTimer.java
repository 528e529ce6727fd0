package gov.petition.handling.repository;

import gov.petition.handling.domain.TimerKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A durable timer: one alert (warning or missed) of one deadline of a case or of a supervision record. Pending
 * timers are rows with no {@code fired_at}; {@link #claimDue} locks due ones so one instance fires each.
 */
@Entity
@Table(name = "deadline_timer")
public class DeadlineTimer extends PanacheEntityBase {

    /** The step name of a supervision record's own deadline. */
    public static final String SUPERVISION = "SUPERVISION";

    private static final String INSERT = """
            insert into deadline_timer (case_id, step, kind, due, fire_at, unit_id, unit_name, supervision_id)
            values (:caseId, :step, :kind, :due, :fireAt, :unitId, :unitName, :supervisionId)
            on conflict do nothing""";
    private static final String CANCEL_CASE_STEPS = """
            delete from deadline_timer where case_id = :caseId and fired_at is null and step <> 'SUPERVISION'""";
    private static final String CANCEL_SUPERVISION = """
            delete from deadline_timer where supervision_id = :supervisionId and fired_at is null""";
    // SKIP LOCKED: instances polling at once each take different rows instead of waiting on each other
    private static final String CLAIM = """
            select * from deadline_timer where fired_at is null and fire_at <= :now
            order by fire_at, id limit :limit for update skip locked""";

    @Id
    public Long id;
    @Column(name = "case_id")
    public String caseId;
    /** SIGN, ACCEPT, REPLY, HANDLE, FIX or SUPERVISION. */
    public String step;
    public String kind;
    public OffsetDateTime due;
    @Column(name = "fire_at")
    public OffsetDateTime fireAt;
    @Column(name = "unit_id")
    public String unitId;
    @Column(name = "unit_name")
    public String unitName;
    @Column(name = "supervision_id")
    public String supervisionId;
    @Column(name = "fired_at")
    public OffsetDateTime firedAt;
    /** Fired without an alert: a warning that came due only after its deadline had passed. */
    public boolean skipped;

    public TimerKind timerKind() {
        return TimerKind.valueOf(kind);
    }

    /** Schedules a deadline's warning and missed alerts; a deadline already scheduled is left as it is. */
    public static Uni<Void> schedule(String caseId, String step, OffsetDateTime due, Duration warnLead, String unitId,
                                     String unitName, String supervisionId) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (TimerKind kind : TimerKind.values()) {
            OffsetDateTime fireAt = kind.fireAt(due.toInstant(), warnLead).atOffset(ZoneOffset.UTC);
            chain = chain.chain(() -> Panache.getSession().chain(s -> s.createNativeQuery(INSERT)
                    .setParameter("caseId", caseId).setParameter("step", step).setParameter("kind", kind.name())
                    .setParameter("due", due).setParameter("fireAt", fireAt).setParameter("unitId", unitId)
                    .setParameter("unitName", unitName).setParameter("supervisionId", supervisionId)
                    .executeUpdate())).replaceWithVoid();
        }
        return chain;
    }

    /** Cancels the case's pending step timers (not its supervisions'): the step was taken or its deadline moved. */
    public static Uni<Integer> cancelCaseSteps(String caseId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(CANCEL_CASE_STEPS).setParameter("caseId", caseId).executeUpdate());
    }

    public static Uni<Integer> cancelSupervision(String supervisionId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(CANCEL_SUPERVISION)
                .setParameter("supervisionId", supervisionId).executeUpdate());
    }

    /** Locks up to {@code limit} timers due by {@code now} that no other transaction holds; call inside a transaction. */
    public static Uni<List<DeadlineTimer>> claimDue(OffsetDateTime now, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(CLAIM, DeadlineTimer.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList());
    }
}
