package gov.petition.routing.messaging;

import gov.petition.events.CloudEventCodec;
import gov.petition.events.EventTypes;
import gov.petition.events.inbox.IdempotentConsumer;
import gov.petition.events.payload.CaseReceived;
import gov.petition.routing.service.CaseRouter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Routes every case intake receives. */
@ApplicationScoped
public class ReceivedCases {

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final CaseRouter router;

    public ReceivedCases(IdempotentConsumer consumer, CloudEventCodec codec, CaseRouter router) {
        this.consumer = consumer;
        this.codec = codec;
        this.router = router;
    }

    @Incoming("intake")
    public Uni<Void> onIntakeEvent(ConsumerRecord<String, byte[]> record) {
        return consumer.consume("routing", record, event -> switch (event.type()) {
            case EventTypes.CASE_RECEIVED -> router.route(codec.payload(event, CaseReceived.class));
            default -> Uni.createFrom().voidItem();
        });
    }
}
