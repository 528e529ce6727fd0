package gov.petition.handling.service;

import gov.petition.events.EventTypes;
import gov.petition.events.outbox.Outbox;
import gov.petition.events.payload.SupervisionConcluded;
import gov.petition.events.payload.SupervisionOpened;
import gov.petition.handling.config.HandlingConfig;
import gov.petition.handling.domain.Oversight;
import gov.petition.handling.domain.SupervisionOutcome;
import gov.petition.handling.domain.SupervisionTrigger;
import gov.petition.handling.domain.WorkingCalendar;
import gov.petition.handling.repository.CaseStep;
import gov.petition.handling.repository.DeadlineTimer;
import gov.petition.handling.repository.Supervision;
import gov.petition.http.OfficialScope;
import gov.petition.http.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Supervision records (督办): opened for overdue, bouncing and repeatedly unresolved cases, owned by the supervising
 * unit, with their own deadline and timers, and concluded by that unit's leaders or supervisors.
 */
@ApplicationScoped
public class Supervisions {

    private static final Logger LOG = Logger.getLogger(Supervisions.class);

    private final Outbox outbox;
    private final WorkingCalendar calendar;
    private final HandlingConfig config;

    public Supervisions(Outbox outbox, WorkingCalendar calendar, HandlingConfig config) {
        this.outbox = outbox;
        this.calendar = calendar;
        this.config = config;
    }

    /**
     * Opens a record for the case unless one is open for the same trigger; call inside a transaction.
     *
     * @param supervisingUnitId null to take the government the supervised unit belongs to
     */
    public Uni<Void> open(String caseId, SupervisionTrigger trigger, String unitId, String unitName,
                          String supervisingUnitId, String reason, OffsetDateTime at) {
        String supervising = supervisingUnitId != null ? supervisingUnitId
                : unitId != null ? Oversight.supervisingUnitOf(unitId) : null;
        if (supervising == null) {
            LOG.warnf("case %s: no unit to supervise for %s, no supervision opened", caseId, trigger);
            return Uni.createFrom().voidItem();
        }
        Supervision s = new Supervision();
        s.supervisionId = UUID.randomUUID().toString();
        s.caseId = caseId;
        s.trigger = trigger.name();
        s.supervisingUnitId = supervising;
        s.unitId = unitId;
        s.unitName = unitName;
        s.reason = reason;
        s.openedAt = at.truncatedTo(ChronoUnit.MICROS);
        s.due = calendar.plusWorkingDays(at.toInstant(), config.supervision().workingDays()).atOffset(ZoneOffset.UTC);
        return unitNameOf(supervising).chain(name -> {
            s.supervisingUnitName = name;
            return Supervision.openOnce(s);
        }).chain(opened -> {
            if (!opened) {
                LOG.infof("case %s: a %s supervision is already open", caseId, trigger);
                return Uni.createFrom().voidItem();
            }
            LOG.infof("case %s: supervision %s (%s) opened by %s over %s, due %s", caseId, s.supervisionId, trigger,
                    supervising, unitId, s.due);
            return outbox.append(EventTypes.SUPERVISION_OPENED, caseId, new SupervisionOpened(caseId, s.supervisionId,
                            supervising, s.supervisingUnitName, unitId, unitName, s.trigger, reason, s.due, s.openedAt))
                    .chain(() -> DeadlineTimer.schedule(caseId, DeadlineTimer.SUPERVISION, s.due,
                            config.timers().warnLeadOf(DeadlineTimer.SUPERVISION), unitId, unitName, s.supervisionId))
                    .chain(() -> CaseStep.record(caseId, "SUPERVISION_OPENED", supervising, s.supervisingUnitName, s.openedAt));
        });
    }

    /** Concludes an open record, by a leader or supervisor overseeing the supervising unit. */
    public Uni<Supervision> conclude(String supervisionId, OfficialScope official, SupervisionOutcome outcome, String note) {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return Panache.withTransaction(() -> Supervision.<Supervision>findById(supervisionId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No supervision " + supervisionId))
                .chain(s -> {
                    if (!Oversight.oversees(official.unitId(), official.roles(), s.supervisingUnitId)) {
                        return Uni.createFrom().failure(ProblemException.forbidden("Official " + official.officialId()
                                + " of " + official.unitId() + " does not supervise for " + s.supervisingUnitId));
                    }
                    if (!Supervision.OPEN.equals(s.status)) {
                        return Uni.createFrom().failure(ProblemException.conflict("Supervision " + supervisionId
                                + " was already concluded (" + s.outcome + ") at " + s.concludedAt));
                    }
                    s.status = Supervision.CONCLUDED;
                    s.outcome = outcome.name();
                    s.note = note;
                    s.concludedAt = at;
                    s.concludedBy = official.officialId();
                    s.concludedByName = official.name();
                    LOG.infof("case %s: supervision %s concluded %s by %s", s.caseId, supervisionId, outcome, official.officialId());
                    return DeadlineTimer.cancelSupervision(supervisionId)
                            .chain(() -> outbox.append(EventTypes.SUPERVISION_CONCLUDED, s.caseId, new SupervisionConcluded(
                                    s.caseId, supervisionId, s.supervisingUnitId, s.outcome, official.officialId(),
                                    official.name(), note, at)))
                            .chain(() -> CaseStep.record(s.caseId, "SUPERVISION_CONCLUDED", s.supervisingUnitId,
                                    s.supervisingUnitName, at))
                            .replaceWith(s);
                }));
    }

    /** A unit's name as routing last gave it, or null when no case was ever routed to it. */
    private static Uni<String> unitNameOf(String unitId) {
        return Panache.getSession().chain(session -> session
                        .createQuery("select w.unitName from WorkItem w where w.unitId = :unitId and w.unitName is not null", String.class)
                        .setParameter("unitId", unitId).setMaxResults(1).getResultList())
                .map(names -> names.isEmpty() ? null : names.get(0));
    }

    /** The supervisions a unit runs or is subject to (the unit and those below it), newest first. */
    public static Uni<List<Supervision>> ofUnit(String unitId, String status, int page, int size) {
        return Supervision.<Supervision>find(whereOfUnit(status) + " order by openedAt desc, supervisionId", paramsOfUnit(unitId, status))
                .page(page, size).list();
    }

    public static Uni<Long> countOfUnit(String unitId, String status) {
        return Supervision.count(whereOfUnit(status), paramsOfUnit(unitId, status));
    }

    private static String whereOfUnit(String status) {
        return "(supervisingUnitId = :u or supervisingUnitId like :below or unitId = :u or unitId like :below)"
                + (status == null ? "" : " and status = :status");
    }

    private static java.util.Map<String, Object> paramsOfUnit(String unitId, String status) {
        var params = new java.util.HashMap<String, Object>(java.util.Map.of("u", unitId, "below", unitId + ".%"));
        if (status != null) {
            params.put("status", status);
        }
        return params;
    }
}
