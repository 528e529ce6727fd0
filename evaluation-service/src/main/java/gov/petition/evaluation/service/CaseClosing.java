package gov.petition.evaluation.service;

import gov.petition.evaluation.api.ReturnVisitAnswer;
import gov.petition.evaluation.config.EvaluationConfig;
import gov.petition.evaluation.domain.ReturnVisitOutcome;
import gov.petition.evaluation.repository.CaseFact;
import gov.petition.events.EventTypes;
import gov.petition.events.outbox.Outbox;
import gov.petition.events.payload.CaseClosed;
import gov.petition.events.payload.CaseReturnVisited;
import gov.petition.events.payload.ReturnVisitScheduled;
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

/**
 * The end of a case: the return visit (回访) scheduled some days after completion and recorded by staff, then
 * closing; a declined case (不予受理) is closed at once. Each step happens once, whatever is redelivered.
 */
@ApplicationScoped
public class CaseClosing {

    private static final Logger LOG = Logger.getLogger(CaseClosing.class);
    public static final String RETURN_VISIT = "RETURN_VISIT";
    public static final String REJECTED = "REJECTED";
    public static final String REVIEW = "REVIEW";

    private final Outbox outbox;
    private final EvaluationConfig config;
    private final ProblemRecurrences recurrences;

    public CaseClosing(Outbox outbox, EvaluationConfig config, ProblemRecurrences recurrences) {
        this.outbox = outbox;
        this.config = config;
        this.recurrences = recurrences;
    }

    /** After completion: schedules the return visit once (inside the consumer's transaction). */
    public Uni<Void> scheduleReturnVisit(String caseId) {
        return CaseFact.<CaseFact>findById(caseId, LockModeType.PESSIMISTIC_WRITE).chain(fact -> {
            if (fact == null || fact.completedAt == null || fact.returnVisitDue != null || fact.closedAt != null) {
                return Uni.createFrom().voidItem();
            }
            fact.returnVisitDue = fact.completedAt.plusDays(config.returnVisitDays());
            LOG.infof("case %s: return visit scheduled for %s", caseId, fact.returnVisitDue);
            return outbox.append(EventTypes.RETURN_VISIT_SCHEDULED, caseId,
                    new ReturnVisitScheduled(caseId, fact.unitId, fact.returnVisitDue, now())).replaceWithVoid();
        });
    }

    /** A declined case is closed (inside the consumer's transaction). */
    public Uni<Void> closeRejected(String caseId, OffsetDateTime at) {
        return CaseFact.<CaseFact>findById(caseId, LockModeType.PESSIMISTIC_WRITE)
                .chain(fact -> fact == null ? Uni.createFrom().voidItem() : close(fact, REJECTED, at));
    }

    /** Closes the case once; a second close of a closed case does nothing. Inside a transaction. */
    public Uni<Void> close(CaseFact fact, String reason, OffsetDateTime at) {
        if (fact.closedAt != null) {
            return Uni.createFrom().voidItem();
        }
        fact.closedAt = at;
        fact.closedReason = reason;
        // The rating clock keeps running: a round the citizen never rated still counts as not rated when it runs out.
        LOG.infof("case %s: closed (%s)", fact.caseId, reason);
        return outbox.append(EventTypes.CASE_CLOSED, fact.caseId, new CaseClosed(fact.caseId, fact.unitId, reason, at))
                .replaceWithVoid();
    }

    /** Staff record the return visit; the case is then closed. */
    public Uni<ReturnVisitAnswer> recordReturnVisit(String caseId, OfficialScope official, ReturnVisitOutcome outcome, String note) {
        OffsetDateTime now = now();
        return Panache.withTransaction(() -> CaseFact.<CaseFact>findById(caseId, LockModeType.PESSIMISTIC_WRITE).chain(fact -> {
            if (fact == null) {
                return Uni.createFrom().failure(ProblemException.notFound("No case " + caseId));
            }
            if (!official.covers(fact.unitId) && !official.roles().contains(OfficialScope.ROLE_SUPERVISOR)) {
                return Uni.createFrom().failure(ProblemException.forbidden("Official " + official.officialId() + " of "
                        + official.unitId() + " may not record the return visit of a case of unit " + fact.unitId));
            }
            if (fact.returnVisitedAt != null || fact.closedAt != null) {
                return Uni.createFrom().failure(ProblemException.conflict("Case " + caseId + " is already closed"
                        + (fact.closedReason == null ? "" : " (" + fact.closedReason + ")")));
            }
            if (fact.completedAt == null) {
                return Uni.createFrom().failure(ProblemException.conflict("Case " + caseId + " is not completed yet: no return visit before 办结"));
            }
            fact.returnVisitedAt = now;
            fact.returnVisitOutcome = outcome.name();
            var visited = new CaseReturnVisited(caseId, fact.unitId, outcome.name(), note, official.officialId(), official.name(), now);
            LOG.infof("case %s: return visit recorded by %s: %s", caseId, official.officialId(), outcome);
            Uni<Void> unresolved = outcome == ReturnVisitOutcome.UNSOLVED ? recurrences.unresolved(fact, now) : Uni.createFrom().voidItem();
            return outbox.append(EventTypes.CASE_RETURN_VISITED, caseId, visited)
                    .chain(() -> unresolved)
                    .chain(() -> close(fact, RETURN_VISIT, now))
                    .replaceWith(new ReturnVisitAnswer(caseId, outcome.name(), now, true, RETURN_VISIT));
        }));
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
