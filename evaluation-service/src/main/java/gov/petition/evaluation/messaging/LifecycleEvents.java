package gov.petition.evaluation.messaging;

import gov.petition.evaluation.config.EvaluationConfig;
import gov.petition.evaluation.domain.CitizenKeys;
import gov.petition.evaluation.domain.ProblemTerms;
import gov.petition.evaluation.domain.TrackingCodes;
import gov.petition.evaluation.repository.CaseFact;
import gov.petition.evaluation.service.CaseClosing;
import gov.petition.evaluation.service.Hotspots;
import gov.petition.events.CloudEventCodec;
import gov.petition.events.CpuWork;
import gov.petition.events.EventTypes;
import gov.petition.events.inbox.IdempotentConsumer;
import gov.petition.events.payload.CaseAccepted;
import gov.petition.events.payload.CaseCompleted;
import gov.petition.events.payload.CaseExtensionDecided;
import gov.petition.events.payload.DeadlineMoved;
import gov.petition.events.payload.CaseReceived;
import gov.petition.events.payload.CaseRejected;
import gov.petition.events.payload.CaseReplied;
import gov.petition.events.payload.CaseRouted;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Records the facts the figures are computed from, and what follows from them here: the rating clock after a
 * reply, the return visit after completion, closing a declined case, hot spots once a case has words and a place.
 */
@ApplicationScoped
public class LifecycleEvents {

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final CaseClosing closing;
    private final Hotspots hotspots;
    private final ProblemTerms problemTerms;
    private final EvaluationConfig config;

    public LifecycleEvents(IdempotentConsumer consumer, CloudEventCodec codec, CaseClosing closing, Hotspots hotspots,
                           ProblemTerms problemTerms, EvaluationConfig config) {
        this.consumer = consumer;
        this.codec = codec;
        this.closing = closing;
        this.hotspots = hotspots;
        this.problemTerms = problemTerms;
        this.config = config;
    }

    @Incoming("lifecycle")
    public Uni<Void> onEvent(ConsumerRecord<String, byte[]> record) {
        return consumer.consume("evaluation-facts", record, event -> switch (event.type()) {
            case EventTypes.CASE_RECEIVED -> {
                CaseReceived r = codec.payload(event, CaseReceived.class);
                String citizen = r.citizen() == null ? null : CitizenKeys.of(r.citizen().phone(), r.citizen().email());
                String region = r.location() == null || r.location().regionCode() == null || r.location().regionCode().isBlank()
                        ? null : r.location().regionCode().strip();
                String text = (r.title() == null ? "" : r.title()) + "\n" + (r.content() == null ? "" : r.content());
                // Only the hash is kept: ratings are checked against it and the code itself never leaves intake's care.
                yield CaseFact.received(r.caseId(), r.channel(), r.category(), r.receivedAt(), TrackingCodes.hash(r.trackingCode()))
                        // Word segmentation is CPU work: off the event loop, back on this context for the session.
                        .chain(() -> CpuWork.offEventLoop(() -> ProblemTerms.join(problemTerms.of(text))))
                        .chain(terms -> CaseFact.describe(r.caseId(), citizen, region, terms))
                        .chain(() -> CaseFact.locate(r.caseId()))
                        .chain(() -> hotspots.check(r.caseId()));
            }
            case EventTypes.CASE_ROUTED -> {
                CaseRouted r = codec.payload(event, CaseRouted.class);
                yield CaseFact.routed(r.caseId(), r.unitId(), r.unitName(), r.category(), r.routedAt())
                        .chain(() -> CaseFact.locate(r.caseId()))
                        .chain(() -> hotspots.check(r.caseId()));
            }
            case EventTypes.CASE_ACCEPTED -> {
                CaseAccepted a = codec.payload(event, CaseAccepted.class);
                yield CaseFact.accepted(a.caseId(), a.unitId(), a.unitName(), a.at(), a.replyDue());
            }
            case EventTypes.CASE_EXTENSION_DECIDED -> {
                CaseExtensionDecided d = codec.payload(event, CaseExtensionDecided.class);
                yield d.granted() && d.until() != null ? CaseFact.replyDueMoved(d.caseId(), d.until()) : Uni.createFrom().voidItem();
            }
            case EventTypes.CASE_DEADLINE_MOVED -> {
                DeadlineMoved m = codec.payload(event, DeadlineMoved.class);
                yield "REPLY".equals(m.step()) ? CaseFact.replyDueMoved(m.caseId(), m.due()) : Uni.createFrom().voidItem();
            }
            case EventTypes.CASE_REJECTED -> {
                CaseRejected r = codec.payload(event, CaseRejected.class);
                yield CaseFact.rejected(r.caseId(), r.unitId(), r.unitName(), r.at())
                        .chain(() -> closing.closeRejected(r.caseId(), r.at()));
            }
            case EventTypes.CASE_REPLIED -> {
                CaseReplied r = codec.payload(event, CaseReplied.class);
                yield CaseFact.replied(r.caseId(), r.unitId(), r.unitName(), r.at())
                        .chain(() -> CaseFact.armRatingTimer(r.caseId(), config.ratingTime().toSeconds()));
            }
            case EventTypes.CASE_COMPLETED -> {
                CaseCompleted c = codec.payload(event, CaseCompleted.class);
                yield CaseFact.completed(c.caseId(), c.unitId(), c.unitName(), c.at())
                        .chain(() -> closing.scheduleReturnVisit(c.caseId()));
            }
            default -> Uni.createFrom().voidItem();
        });
    }
}
