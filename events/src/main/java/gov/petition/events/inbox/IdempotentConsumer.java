package gov.petition.events.inbox;

import gov.petition.events.CloudEventCodec;
import gov.petition.events.EventEnvelope;
import gov.petition.events.InvalidEventException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.Duration;
import java.util.function.Function;

/**
 * Applies a consumed event exactly once: one transaction holds the inbox claim, the effect and any
 * events the effect appends to the outbox. A redelivered event is acknowledged and skipped. An event
 * that cannot be read, or whose effect still fails after a few tries, fails the message, and the
 * channel's {@code dead-letter-queue} failure strategy moves it to the service's dead-letter topic.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final CloudEventCodec codec;
    private final Inbox inbox;
    private final MeterRegistry registry;

    public IdempotentConsumer(CloudEventCodec codec, Inbox inbox, MeterRegistry registry) {
        this.codec = codec;
        this.inbox = inbox;
        this.registry = registry;
    }

    public Uni<Void> consume(String consumer, ConsumerRecord<String, byte[]> record, Function<EventEnvelope, Uni<Void>> effect) {
        EventEnvelope event;
        try {
            event = codec.decode(record);
        } catch (InvalidEventException e) {
            LOG.warnf("%s: unreadable record %s-%d@%d: %s", consumer, record.topic(), record.partition(), record.offset(), e.getMessage());
            registry.counter("petition.events.rejected", "consumer", consumer).increment();
            return Uni.createFrom().failure(e);
        }
        MDC.put("caseId", event.subject());
        return Panache.withTransaction(() -> inbox.claim(consumer, event)
                        .chain(first -> {
                            if (!first) {
                                LOG.debugf("case %s: %s %s already applied by %s", event.subject(), event.type(), event.id(), consumer);
                                registry.counter("petition.events.duplicates", "consumer", consumer).increment();
                                return Uni.createFrom().voidItem();
                            }
                            return effect.apply(event);
                        }))
                .onFailure(e -> !(e instanceof InvalidEventException))
                .invoke(e -> LOG.warnf("case %s: applying %s %s failed, will retry: %s", event.subject(), event.type(), event.id(), e.toString()))
                .onFailure(e -> !(e instanceof InvalidEventException))
                .retry().withBackOff(Duration.ofMillis(100), Duration.ofSeconds(2)).atMost(3)
                .invoke(() -> registry.counter("petition.events.consumed", "consumer", consumer, "type", event.type()).increment())
                .onFailure().invoke(e -> LOG.errorf("case %s: %s %s could not be applied by %s, moving it to dead letters: %s",
                        event.subject(), event.type(), event.id(), consumer, e.toString()));
    }
}
