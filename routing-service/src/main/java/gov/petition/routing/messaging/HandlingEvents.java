package gov.petition.routing.messaging;

import gov.petition.events.CloudEventCodec;
import gov.petition.events.EventTypes;
import gov.petition.events.inbox.IdempotentConsumer;
import gov.petition.events.payload.CaseAccepted;
import gov.petition.events.payload.CaseCompleted;
import gov.petition.events.payload.CaseMarkedUrgent;
import gov.petition.events.payload.CaseRejected;
import gov.petition.events.payload.CaseReturned;
import gov.petition.routing.repository.RoutedCase;
import gov.petition.routing.service.HandlingOutcomes;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows what units do with routed cases: returns go back to dispatch; acceptance stops the bouncing clock; urgent
 * cases (marked urgent, perhaps before routing has seen them) come first in the dispatch queue.
 */
@ApplicationScoped
public class HandlingEvents {

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final HandlingOutcomes outcomes;

    public HandlingEvents(IdempotentConsumer consumer, CloudEventCodec codec, HandlingOutcomes outcomes) {
        this.consumer = consumer;
        this.codec = codec;
        this.outcomes = outcomes;
    }

    @Incoming("handling")
    public Uni<Void> onHandlingEvent(ConsumerRecord<String, byte[]> record) {
        return consumer.consume("routing-handling", record, event -> switch (event.type()) {
            case EventTypes.CASE_RETURNED -> outcomes.returned(codec.payload(event, CaseReturned.class));
            case EventTypes.CASE_MARKED_URGENT -> outcomes.markedUrgent(codec.payload(event, CaseMarkedUrgent.class));
            case EventTypes.CASE_ACCEPTED -> {
                CaseAccepted a = codec.payload(event, CaseAccepted.class);
                yield outcomes.accepted(a.caseId(), a.unitId());
            }
            case EventTypes.CASE_REJECTED -> {
                CaseRejected r = codec.payload(event, CaseRejected.class);
                yield outcomes.closed(r.caseId(), r.unitId(), RoutedCase.State.REJECTED);
            }
            case EventTypes.CASE_COMPLETED -> {
                CaseCompleted c = codec.payload(event, CaseCompleted.class);
                yield outcomes.closed(c.caseId(), c.unitId(), RoutedCase.State.COMPLETED);
            }
            default -> Uni.createFrom().voidItem();
        });
    }
}
