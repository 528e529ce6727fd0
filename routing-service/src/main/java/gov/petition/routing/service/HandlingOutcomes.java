package gov.petition.routing.service;

import gov.petition.events.payload.CaseMarkedUrgent;
import gov.petition.events.payload.CaseReturned;
import gov.petition.routing.config.RoutingConfig;
import gov.petition.routing.domain.DirectoryUnit;
import gov.petition.routing.repository.CaseUrgency;
import gov.petition.routing.repository.RoutedCase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;

/**
 * What handling did with a routed case, as far as routing cares: a return puts it back into the dispatch
 * queue (and may escalate it), acceptance or rejection ends the wait for acceptance, completion ends
 * its life as an open case, and an urgent case goes to the head of the dispatch queue whenever it is there. Events
 * of a unit that no longer holds the case are ignored. Each runs inside the consumer's transaction.
 */
@ApplicationScoped
public class HandlingOutcomes {

    private static final Logger LOG = Logger.getLogger(HandlingOutcomes.class);

    private final DirectoryStore directory;
    private final CaseHolds holds;
    private final Escalations escalations;
    private final DuplicateLinks duplicates;
    private final RoutingConfig config;

    public HandlingOutcomes(DirectoryStore directory, CaseHolds holds, Escalations escalations, DuplicateLinks duplicates,
                            RoutingConfig config) {
        this.directory = directory;
        this.holds = holds;
        this.escalations = escalations;
        this.duplicates = duplicates;
        this.config = config;
    }

    public Uni<Void> returned(CaseReturned r) {
        return current(r.caseId(), r.unitId(), "return").chain(routed -> {
            if (routed == null) {
                return Uni.createFrom().voidItem();
            }
            OffsetDateTime now = CaseRouter.now();
            routed.returns++;
            routed.state = RoutedCase.State.DISPATCH.name();
            routed.acceptDue = null;
            routed.returnedByUnitId = r.unitId();
            routed.returnedByUnitName = r.unitName();
            routed.returnReason = r.reason();
            routed.enqueue(RoutedCase.QueueReason.RETURNED, now);
            // While it waits for a dispatcher, the 12345 desk holds it: the hand-off's time is counted too.
            DirectoryUnit desk = directory.directory().unit(config.dispatchUnitId()).orElse(null);
            String deskName = desk == null ? config.dispatchUnitId() : desk.name();
            LOG.infof("case %s: returned by %s (%d return(s) so far), back in the dispatch queue", r.caseId(), r.unitId(), routed.returns);
            return holds.moveTo(routed.caseId, config.dispatchUnitId(), deskName, now)
                    .chain(() -> escalations.ifReturnedTooOften(routed, r.unitId(), now));
        });
    }

    public Uni<Void> accepted(String caseId, String unitId) {
        return current(caseId, unitId, "acceptance").invoke(routed -> {
            if (routed != null) {
                routed.state = RoutedCase.State.ACCEPTED.name();
                routed.acceptDue = null;
                routed.dequeue();
                LOG.infof("case %s: accepted by %s", caseId, unitId);
            }
        }).replaceWithVoid();
    }

    /** Rejected (不予受理) or completed (办结): routing is done with it, and later cases are not linked to it. */
    public Uni<Void> closed(String caseId, String unitId, RoutedCase.State state) {
        return current(caseId, unitId, state.name().toLowerCase()).chain(routed -> {
            if (routed == null) {
                return Uni.createFrom().voidItem();
            }
            routed.state = state.name();
            routed.acceptDue = null;
            routed.dequeue();
            return duplicates.forget(caseId);
        });
    }

    /**
     * Keeps the case's urgency by its id, known to routing or not: the mark may overtake the receipt (another topic).
     * A later mark of the same case (another event) brings its deadlines up to date; a redelivered one never gets here.
     */
    public Uni<Void> markedUrgent(CaseMarkedUrgent u) {
        return CaseUrgency.<CaseUrgency>findById(u.caseId(), LockModeType.PESSIMISTIC_WRITE).chain(existing -> {
            CaseUrgency urgency = existing == null ? new CaseUrgency() : existing;
            urgency.caseId = u.caseId();
            urgency.keyword = u.keyword() == null ? null : u.keyword().substring(0, Math.min(100, u.keyword().length()));
            urgency.handleDue = u.handleDue();
            urgency.fixDue = u.fixDue();
            urgency.markedAt = u.at() == null ? CaseRouter.now() : u.at();
            LOG.infof("case %s: urgent (%s), make safe by %s, repair by %s%s", u.caseId(), urgency.keyword, u.handleDue(),
                    u.fixDue(), existing == null ? "" : " (marked again)");
            return existing == null ? urgency.persist().replaceWithVoid() : Uni.createFrom().voidItem();
        });
    }

    /** The case, locked, when the unit named is the one holding it; null (and a log line) otherwise. */
    private static Uni<RoutedCase> current(String caseId, String unitId, String what) {
        return RoutedCase.<RoutedCase>findById(caseId, LockModeType.PESSIMISTIC_WRITE).map(routed -> {
            if (routed == null) {
                LOG.warnf("case %s: %s by %s of a case routing does not know; ignored", caseId, what, unitId);
                return null;
            }
            if (!routed.unitId.equals(unitId)) {
                LOG.infof("case %s: %s by %s, which no longer holds it (%s does); ignored", caseId, what, unitId, routed.unitId);
                return null;
            }
            return routed;
        });
    }
}
