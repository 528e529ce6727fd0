package gov.petition.routing.service;

import gov.petition.events.EventTypes;
import gov.petition.events.outbox.Outbox;
import gov.petition.events.payload.CaseEscalated;
import gov.petition.routing.config.RoutingConfig;
import gov.petition.routing.domain.BouncePolicy;
import gov.petition.routing.repository.RoutedCase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;

/** Escalates bouncing cases (空转/推诿) with the time each unit held them; each trigger fires once per case. */
@ApplicationScoped
public class Escalations {

    public static final String RETURNED_REPEATEDLY = "RETURNED_REPEATEDLY";
    public static final String UNACCEPTED_TOO_LONG = "UNACCEPTED_TOO_LONG";

    private static final Logger LOG = Logger.getLogger(Escalations.class);

    private final DirectoryStore directory;
    private final CaseHolds holds;
    private final Outbox outbox;
    private final BouncePolicy policy;

    public Escalations(DirectoryStore directory, CaseHolds holds, Outbox outbox, RoutingConfig config) {
        this.directory = directory;
        this.holds = holds;
        this.outbox = outbox;
        this.policy = new BouncePolicy(config.bounce().maxReturns(), config.bounce().citySupervisorId());
    }

    public BouncePolicy policy() {
        return policy;
    }

    /** Escalates when the case has bounced often enough and was not escalated for it yet; inside the caller's transaction. */
    public Uni<Void> ifReturnedTooOften(RoutedCase routed, String holderUnitId, OffsetDateTime now) {
        if (routed.escalatedReturned || !policy.returnedTooOften(routed.returns)) {
            return Uni.createFrom().voidItem();
        }
        routed.escalatedReturned = true;
        return escalate(routed, RETURNED_REPEATEDLY, holderUnitId, now);
    }

    /** Escalates a case its unit did not accept in time; inside the caller's transaction. */
    public Uni<Void> unaccepted(RoutedCase routed, OffsetDateTime now) {
        routed.escalatedUnaccepted = true;
        routed.acceptDue = null;
        return escalate(routed, UNACCEPTED_TOO_LONG, routed.unitId, now);
    }

    private Uni<Void> escalate(RoutedCase routed, String trigger, String holderUnitId, OffsetDateTime now) {
        String supervisor = policy.supervisingUnit(directory.directory(), holderUnitId);
        return holds.asOf(routed.caseId, now)
                .chain(list -> outbox.append(EventTypes.CASE_ESCALATED, routed.caseId,
                        new CaseEscalated(routed.caseId, trigger, routed.returns, list, supervisor, now))
                        .invoke(() -> LOG.infof("case %s: escalated (%s) to %s after %d return(s), %d unit hold(s)", routed.caseId,
                                trigger, supervisor, routed.returns, list.size())))
                .replaceWithVoid();
    }
}
