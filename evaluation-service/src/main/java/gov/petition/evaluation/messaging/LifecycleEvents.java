package gov.petition.evaluation.messaging;

import gov.petition.evaluation.domain.TrackingCodes;
import gov.petition.evaluation.repository.CaseFact;
import gov.petition.events.CloudEventCodec;
import gov.petition.events.EventTypes;
import gov.petition.events.inbox.IdempotentConsumer;
import gov.petition.events.payload.CaseAccepted;
import gov.petition.events.payload.CaseCompleted;
import gov.petition.events.payload.CaseReceived;
import gov.petition.events.payload.CaseRejected;
import gov.petition.events.payload.CaseReplied;
import gov.petition.events.payload.CaseRouted;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Records the facts the figures are computed from, and what a rating needs to check the citizen's code. */
@ApplicationScoped
public class LifecycleEvents {

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;

    public LifecycleEvents(IdempotentConsumer consumer, CloudEventCodec codec) {
        this.consumer = consumer;
        this.codec = codec;
    }

    @Incoming("lifecycle")
    public Uni<Void> onEvent(ConsumerRecord<String, byte[]> record) {
        return consumer.consume("evaluation-facts", record, event -> switch (event.type()) {
            case EventTypes.CASE_RECEIVED -> {
                CaseReceived r = codec.payload(event, CaseReceived.class);
                // Only the hash is kept: ratings are checked against it and the code itself never leaves intake's care.
                yield CaseFact.received(r.caseId(), r.channel(), r.category(), r.receivedAt(), TrackingCodes.hash(r.trackingCode()));
            }
            case EventTypes.CASE_ROUTED -> {
                CaseRouted r = codec.payload(event, CaseRouted.class);
                yield CaseFact.routed(r.caseId(), r.unitId(), r.unitName(), r.category(), r.routedAt());
            }
            case EventTypes.CASE_ACCEPTED -> {
                CaseAccepted a = codec.payload(event, CaseAccepted.class);
                yield CaseFact.accepted(a.caseId(), a.unitId(), a.unitName(), a.at(), a.replyDue());
            }
            case EventTypes.CASE_REJECTED -> {
                CaseRejected r = codec.payload(event, CaseRejected.class);
                yield CaseFact.rejected(r.caseId(), r.unitId(), r.unitName(), r.at());
            }
            case EventTypes.CASE_REPLIED -> {
                CaseReplied r = codec.payload(event, CaseReplied.class);
                yield CaseFact.replied(r.caseId(), r.unitId(), r.unitName(), r.at());
            }
            case EventTypes.CASE_COMPLETED -> {
                CaseCompleted c = codec.payload(event, CaseCompleted.class);
                yield CaseFact.completed(c.caseId(), c.unitId(), c.unitName(), c.at());
            }
            default -> Uni.createFrom().voidItem();
        });
    }
}
