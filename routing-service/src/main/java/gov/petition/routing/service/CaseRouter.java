package gov.petition.routing.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.petition.events.CpuWork;
import gov.petition.events.EventTypes;
import gov.petition.events.outbox.Outbox;
import gov.petition.events.payload.CaseReceived;
import gov.petition.events.payload.CaseRouted;
import gov.petition.routing.config.RoutingConfig;
import gov.petition.routing.domain.ChineseWords;
import gov.petition.routing.domain.LeaderMandate;
import gov.petition.routing.domain.RoutingDecision;
import gov.petition.routing.domain.RoutingPolicy;
import gov.petition.routing.domain.TermVector;
import gov.petition.routing.repository.RoutedCase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Decides the unit of a received case and records the decision with its event, in one transaction. */
@ApplicationScoped
public class CaseRouter {

    private static final Logger LOG = Logger.getLogger(CaseRouter.class);

    private final DirectoryStore directory;
    private final RuleStore rules;
    private final CategoryModel model;
    private final RoutingConfig config;
    private final Outbox outbox;
    private final CaseHolds holds;
    private final DuplicateLinks duplicates;
    private final ObjectMapper mapper;
    private final LeaderMandate mandate;
    private final ChineseWords words = new ChineseWords();

    public CaseRouter(DirectoryStore directory, RuleStore rules, CategoryModel model, RoutingConfig config, Outbox outbox,
                      CaseHolds holds, DuplicateLinks duplicates, ObjectMapper mapper) {
        this.directory = directory;
        this.rules = rules;
        this.model = model;
        this.config = config;
        this.outbox = outbox;
        this.holds = holds;
        this.duplicates = duplicates;
        this.mapper = mapper;
        this.mandate = new LeaderMandate(config.leader().categories(), config.leader().keywords());
    }

    /** The policy over the current snapshots of the directory and the stored rules. */
    public RoutingPolicy policy() {
        return new RoutingPolicy(directory.directory(), directory.addressees(), model.classifier(), rules.book(), mandate,
                config.leader().unitId().orElse(config.cityId()), config.dispatchUnitId());
    }

    /** The decision for a case; CPU work (matching, classifying) of a millisecond or two, no I/O. */
    public RoutingDecision preview(String title, String content, String addressee, String category, String regionCode) {
        return policy().decide(title, content, addressee, category, regionCode);
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

    /** What the CPU work yields: the decision, the dispatcher's suggestions and the words for duplicate linking. */
    private record Analysis(RoutingDecision decision, List<RoutingPolicy.Suggestion> suggestions, TermVector terms) {
    }

    private Uni<Void> routeNew(CaseReceived received) {
        String region = received.location() == null ? null : received.location().regionCode();
        // Matching and classifying are CPU work; the transaction goes on on its own context afterwards.
        return CpuWork.offEventLoop(() -> {
                    RoutingPolicy policy = policy();
                    RoutingPolicy.Decided decided = policy.decideWithPrediction(received.title(), received.content(),
                            received.addressee(), received.category(), region);
                    List<RoutingPolicy.Suggestion> suggestions = policy.suggestions(decided.prediction(), region,
                            received.title(), received.content());
                    return new Analysis(decided.decision(), suggestions, TermVector.of(words, received.title(), received.content()));
                })
                .chain(analysis -> record(received, region, analysis));
    }

    private Uni<Void> record(CaseReceived received, String region, Analysis analysis) {
        RoutingDecision decision = analysis.decision();
        OffsetDateTime now = now();
        RoutedCase routed = new RoutedCase();
        routed.caseId = received.caseId();
        routed.unitId = decision.unitId();
        routed.unitName = decision.unitName();
        routed.officialId = decision.officialId();
        routed.reason = decision.reason().name();
        routed.confidence = decision.confidence();
        routed.category = decision.category();
        routed.routedAt = now;
        routed.leaderRequired = decision.leaderRequired();
        routed.title = received.title() == null ? null : received.title().substring(0, Math.min(200, received.title().length()));
        routed.regionCode = region;
        routed.suggestions = json(analysis.suggestions());
        if (decision.leaderRequired()) {
            routed.state = RoutedCase.State.AWAITING_INSTRUCTION.name();
        } else if (decision.reason() == RoutingDecision.Reason.DISPATCH) {
            routed.state = RoutedCase.State.DISPATCH.name();
            routed.enqueue(RoutedCase.QueueReason.UNDECIDED, now);
        } else {
            routed.state = RoutedCase.State.ROUTED.name();
            routed.acceptDue = now.plus(config.bounce().acceptWithin());
        }
        // The link goes out before the routing decision, so whoever sees the decision can rely on the link being there.
        return routed.persist()
                .chain(() -> holds.moveTo(routed.caseId, routed.unitId, routed.unitName, now))
                .chain(() -> duplicates.linkAndRemember(received, decision.category(), analysis.terms(), now))
                .chain(() -> outbox.append(EventTypes.CASE_ROUTED, routed.caseId, new CaseRouted(routed.caseId, decision.unitId(),
                        decision.unitName(), decision.officialId(), decision.category(), decision.reason().name(),
                        decision.confidence(), routed.routedAt, null, decision.leaderRequired(), 1)))
                .invoke(() -> LOG.infof("case %s: routed to %s (%s, %.2f%s)", routed.caseId, decision.unitId(),
                        decision.reason(), decision.confidence(), decision.leaderRequired() ? ", for the leader's instruction" : ""))
                .replaceWithVoid();
    }

    String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
