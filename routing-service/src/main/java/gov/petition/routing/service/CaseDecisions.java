package gov.petition.routing.service;

import gov.petition.events.EventTypes;
import gov.petition.events.outbox.Outbox;
import gov.petition.events.payload.CaseInstructed;
import gov.petition.events.payload.CaseRouted;
import gov.petition.http.OfficialScope;
import gov.petition.http.Problem;
import gov.petition.http.ProblemException;
import gov.petition.routing.config.RoutingConfig;
import gov.petition.routing.domain.DirectoryUnit;
import gov.petition.routing.domain.RoutingDecision;
import gov.petition.routing.repository.RoutedCase;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Routing decided by people: a leader's instruction (领导批示) sends a case awaiting it to the unit it
 * names; a dispatcher sends a case from the dispatch queue (or re-routes one a unit has not accepted).
 * Each is one transaction: the case row locked, the new holder, the events in the outbox.
 */
@ApplicationScoped
public class CaseDecisions {

    private static final Logger LOG = Logger.getLogger(CaseDecisions.class);

    private final DirectoryStore directory;
    private final CategoryModel model;
    private final CaseHolds holds;
    private final Escalations escalations;
    private final Outbox outbox;
    private final RoutingConfig config;

    public CaseDecisions(DirectoryStore directory, CategoryModel model, CaseHolds holds, Escalations escalations, Outbox outbox,
                         RoutingConfig config) {
        this.directory = directory;
        this.model = model;
        this.holds = holds;
        this.escalations = escalations;
        this.outbox = outbox;
        this.config = config;
    }

    /** The case after a person routed it. */
    public record Rerouted(String caseId, String unitId, String unitName, String reason, String routedBy, int attempt, int returns,
                           String state) {
        static Rerouted of(RoutedCase c) {
            return new Rerouted(c.caseId, c.unitId, c.unitName, c.reason, c.routedBy, c.attempt, c.returns, c.state);
        }
    }

    public Uni<Rerouted> instruct(String caseId, OfficialScope leader, String instruction, String unitId, String note) {
        return Panache.withTransaction(() -> locked(caseId).chain(routed -> {
            if (!leader.roles().contains(OfficialScope.ROLE_LEADER) || !leader.covers(routed.unitId)) {
                throw ProblemException.forbidden("Official " + leader.officialId() + " is not a leader of " + routed.unitId
                        + ", which holds case " + caseId);
            }
            if (routed.stateValue() != RoutedCase.State.AWAITING_INSTRUCTION) {
                throw ProblemException.conflict("Case " + caseId + " is " + routed.state + ", not awaiting a leader's instruction");
            }
            DirectoryUnit unit = knownUnit(unitId);
            OffsetDateTime now = CaseRouter.now();
            return outbox.append(EventTypes.CASE_INSTRUCTED, caseId, new CaseInstructed(caseId, leader.officialId(), leader.name(),
                            instruction, unit.id(), unit.name(), now))
                    .chain(() -> moveTo(routed, unit, RoutingDecision.Reason.INSTRUCTION, leader.officialId(), routed.category, now))
                    .invoke(() -> LOG.infof("case %s: instructed by %s to %s%s", caseId, leader.officialId(), unit.id(),
                            note == null ? "" : " (with a note)"));
        }));
    }

    /** {@code seenAttempt}, when given, must still be the case's attempt: a decision taken meanwhile is not overridden. */
    public Uni<Rerouted> dispatch(String caseId, OfficialScope dispatcher, String unitId, String category, String note,
                                  Integer seenAttempt) {
        return Panache.withTransaction(() -> locked(caseId).chain(routed -> {
            if (seenAttempt != null && seenAttempt != routed.attempt) {
                throw ProblemException.conflict("Case " + caseId + " was routed again since (attempt " + routed.attempt
                        + ", not " + seenAttempt + "), now to " + routed.unitId);
            }
            RoutedCase.State state = routed.stateValue();
            if (state != RoutedCase.State.DISPATCH && state != RoutedCase.State.ROUTED) {
                throw ProblemException.conflict("Case " + caseId + " is " + state + "; only cases in the dispatch queue or not yet "
                        + "accepted by their unit can be dispatched" + (state == RoutedCase.State.AWAITING_INSTRUCTION
                        ? " (this one waits for a leader's instruction)" : ""));
            }
            DirectoryUnit unit = knownUnit(unitId);
            if (category != null && !model.classifier().categories().contains(category)) {
                throw new ProblemException(422, "unknown-category", "Unknown category", "No such first-level category: " + category,
                        List.of(new Problem.FieldError("category", "one of " + model.classifier().categories())));
            }
            if (state == RoutedCase.State.ROUTED && unit.id().equals(routed.unitId)) {
                throw ProblemException.conflict("Case " + caseId + " is already with " + unit.id());
            }
            OffsetDateTime now = CaseRouter.now();
            String previous = routed.unitId;
            // Taking a case from a unit that has it is a re-route: it counts towards bouncing like a return.
            boolean reroute = state == RoutedCase.State.ROUTED;
            if (reroute) {
                routed.returns++;
            }
            return moveTo(routed, unit, RoutingDecision.Reason.MANUAL, dispatcher.officialId(), category == null ? routed.category : category, now)
                    .call(() -> reroute ? escalations.ifReturnedTooOften(routed, previous, now) : Uni.createFrom().voidItem())
                    .invoke(() -> LOG.infof("case %s: dispatched by %s to %s%s", caseId, dispatcher.officialId(), unit.id(),
                            reroute ? " (re-routed from " + previous + ")" : ""));
        }));
    }

    /** The case goes to the unit, which must now accept it in time; inside the caller's transaction. */
    private Uni<Rerouted> moveTo(RoutedCase routed, DirectoryUnit unit, RoutingDecision.Reason reason, String by, String category,
                                 OffsetDateTime now) {
        routed.unitId = unit.id();
        routed.unitName = unit.name();
        routed.officialId = null;
        routed.reason = reason.name();
        routed.confidence = 1.0;
        routed.category = category;
        routed.routedAt = now;
        routed.routedBy = by;
        routed.leaderRequired = false;
        routed.attempt++;
        routed.state = RoutedCase.State.ROUTED.name();
        routed.acceptDue = now.plus(config.bounce().acceptWithin());
        routed.dequeue();
        return holds.moveTo(routed.caseId, unit.id(), unit.name(), now)
                .chain(() -> outbox.append(EventTypes.CASE_ROUTED, routed.caseId, new CaseRouted(routed.caseId, unit.id(), unit.name(),
                        null, category, reason.name(), 1.0, now, by, false, routed.attempt)))
                .replaceWith(() -> Rerouted.of(routed));
    }

    private static Uni<RoutedCase> locked(String caseId) {
        return RoutedCase.<RoutedCase>findById(caseId, LockModeType.PESSIMISTIC_WRITE).map(routed -> {
            if (routed == null) {
                throw ProblemException.notFound("No case " + caseId + " in routing");
            }
            return routed;
        });
    }

    private DirectoryUnit knownUnit(String unitId) {
        return directory.directory().unit(unitId).orElseThrow(() -> new ProblemException(422, "unknown-unit", "Unknown unit",
                "No unit " + unitId + " in the directory", List.of(new Problem.FieldError("unitId", "unknown unit " + unitId))));
    }
}
