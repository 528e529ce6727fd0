package gov.petition.routing.service;

import gov.petition.events.EventTypes;
import gov.petition.events.outbox.Outbox;
import gov.petition.events.payload.CaseReceived;
import gov.petition.events.payload.CaseRouted;
import gov.petition.routing.config.RoutingConfig;
import gov.petition.routing.domain.RoutingDecision;
import gov.petition.routing.domain.RoutingPolicy;
import gov.petition.routing.repository.RoutedCase;
import gov.petition.events.CpuWork;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Decides the unit of a received case and records the decision with its event, in one transaction. */
@ApplicationScoped
public class CaseRouter {

    private static final Logger LOG = Logger.getLogger(CaseRouter.class);

    private final DirectoryStore directory;
    private final CategoryModel model;
    private final RoutingConfig config;
    private final Outbox outbox;

    public CaseRouter(DirectoryStore directory, CategoryModel model, RoutingConfig config, Outbox outbox) {
        this.directory = directory;
        this.model = model;
        this.config = config;
        this.outbox = outbox;
    }

    /** The decision for a case; CPU work (matching, classifying) of a millisecond or two, no I/O. */
    public RoutingDecision preview(String title, String content, String addressee, String category, String regionCode) {
        return new RoutingPolicy(directory.directory(), directory.addressees(), model.classifier(), config.cityId(),
                config.dispatchUnitId()).decide(title, content, addressee, category, regionCode);
    }

    /** Must run inside the consumer's transaction. A case already routed is left as it is. */
    public Uni<Void> route(CaseReceived received) {
        return RoutedCase.<RoutedCase>findById(received.caseId()).chain(existing -> {
            if (existing != null) {
                LOG.warnf("case %s: received again under another event id; already routed to %s", received.caseId(), existing.unitId);
                return Uni.createFrom().voidItem();
            }
            return routeNew(received);
        });
    }

    private Uni<Void> routeNew(CaseReceived received) {
        String region = received.location() == null ? null : received.location().regionCode();
        // Matching and classifying are CPU work; the transaction goes on on its own context afterwards.
        return CpuWork.offEventLoop(() -> preview(received.title(), received.content(), received.addressee(), received.category(), region))
                .chain(decision -> record(received, decision));
    }

    private Uni<Void> record(CaseReceived received, RoutingDecision decision) {
        RoutedCase routed = new RoutedCase();
        routed.caseId = received.caseId();
        routed.unitId = decision.unitId();
        routed.reason = decision.reason().name();
        routed.confidence = decision.confidence();
        routed.category = decision.category();
        routed.routedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return routed.persist()
                .chain(() -> outbox.append(EventTypes.CASE_ROUTED, routed.caseId, new CaseRouted(routed.caseId, decision.unitId(),
                        decision.unitName(), decision.officialId(), decision.category(), decision.reason().name(),
                        decision.confidence(), routed.routedAt)))
                .invoke(() -> LOG.infof("case %s: routed to %s (%s, %.2f%s)", routed.caseId, decision.unitId(),
                        decision.reason(), decision.confidence(), decision.leaderRequired() ? ", for the leader's instruction" : ""))
                .replaceWithVoid();
    }
}
