package gov.petition.evaluation.messaging;

import gov.petition.evaluation.repository.CaseFact;
import gov.petition.events.CloudEventCodec;
import gov.petition.events.EventTypes;
import gov.petition.events.inbox.IdempotentConsumer;
import gov.petition.events.payload.CaseReceived;
import gov.petition.events.payload.CaseRouted;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Records the facts the figures are computed from. */
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
                yield CaseFact.received(r.caseId(), r.channel(), r.category(), r.receivedAt());
            }
            case EventTypes.CASE_ROUTED -> {
                CaseRouted r = codec.payload(event, CaseRouted.class);
                yield CaseFact.routed(r.caseId(), r.unitId(), r.category(), r.routedAt());
            }
            default -> Uni.createFrom().voidItem();
        });
    }
}
