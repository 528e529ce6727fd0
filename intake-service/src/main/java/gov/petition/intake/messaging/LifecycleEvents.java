package gov.petition.intake.messaging;

import gov.petition.events.inbox.IdempotentConsumer;
import gov.petition.intake.domain.TimelineProjection;
import gov.petition.intake.repository.Petition;
import gov.petition.intake.repository.TimelineEntry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Builds the citizen's timeline from the events of routing, handling, evaluation and notification. */
@ApplicationScoped
public class LifecycleEvents {

    private static final Logger LOG = Logger.getLogger(LifecycleEvents.class);

    private final IdempotentConsumer consumer;

    public LifecycleEvents(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("lifecycle")
    public Uni<Void> onEvent(ConsumerRecord<String, byte[]> record) {
        return consumer.consume("intake-timeline", record, event -> TimelineProjection
                .step(event.id(), event.type(), event.subject(), event.time(), event.data())
                .map(step -> TimelineEntry.record(step)
                        .chain(() -> TimelineProjection.urgency(event.type(), event.time(), event.data())
                                .map(urgency -> Petition.markUrgent(event.subject(), urgency))
                                .orElseGet(() -> Uni.createFrom().voidItem()))
                        .chain(() -> TimelineEntry.forCase(event.subject()))
                        .chain(steps -> Petition.updateProgress(event.subject(), TimelineProjection.status(steps),
                                TimelineProjection.currentUnit(steps).orElse(null)))
                        .invoke(() -> LOG.infof("case %s: timeline += %s", event.subject(), event.type())))
                .orElseGet(() -> Uni.createFrom().voidItem()));
    }
}
