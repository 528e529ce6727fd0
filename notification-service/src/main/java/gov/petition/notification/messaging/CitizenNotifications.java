package gov.petition.notification.messaging;

import gov.petition.events.CloudEventCodec;
import gov.petition.events.EventEnvelope;
import gov.petition.events.EventTypes;
import gov.petition.events.inbox.IdempotentConsumer;
import gov.petition.events.payload.CaseReceived;
import gov.petition.events.payload.CaseRouted;
import gov.petition.notification.domain.CitizenMessages;
import gov.petition.notification.repository.CaseContact;
import gov.petition.notification.repository.Notification;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Records what the citizen must be told of each step (sending comes with the notification issue). */
@ApplicationScoped
public class CitizenNotifications {

    private static final Logger LOG = Logger.getLogger(CitizenNotifications.class);

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;

    public CitizenNotifications(IdempotentConsumer consumer, CloudEventCodec codec) {
        this.consumer = consumer;
        this.codec = codec;
    }

    @Incoming("lifecycle")
    public Uni<Void> onEvent(ConsumerRecord<String, byte[]> record) {
        return consumer.consume("notification-citizen", record, event -> switch (event.type()) {
            case EventTypes.CASE_RECEIVED -> onReceived(event, codec.payload(event, CaseReceived.class));
            case EventTypes.CASE_ROUTED -> onRouted(event, codec.payload(event, CaseRouted.class));
            default -> Uni.createFrom().voidItem();
        });
    }

    private Uni<Void> onReceived(EventEnvelope event, CaseReceived r) {
        CaseContact contact = new CaseContact();
        contact.caseId = r.caseId();
        contact.channel = r.channel();
        boolean anonymous = r.citizen() == null || r.citizen().anonymous();
        contact.anonymous = anonymous;
        contact.phone = anonymous ? null : r.citizen().phone();
        contact.email = anonymous ? null : r.citizen().email();
        return CaseContact.<CaseContact>findById(r.caseId())
                .chain(existing -> existing != null ? Uni.createFrom().item(existing) : contact.persist())
                .chain(c -> record(event, r.caseId(), (CaseContact) c, CitizenMessages.text(event.type(), r.caseId(), r.trackingCode(), null).orElseThrow()));
    }

    private Uni<Void> onRouted(EventEnvelope event, CaseRouted r) {
        return CaseContact.<CaseContact>findById(r.caseId()).chain(contact -> record(event, r.caseId(), contact,
                CitizenMessages.text(event.type(), r.caseId(), null, r.unitName()).orElseThrow()));
    }

    private Uni<Void> record(EventEnvelope event, String caseId, CaseContact contact, String text) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.caseId = caseId;
        n.eventId = event.id();
        n.eventType = event.type();
        n.recipientKind = "CITIZEN";
        if (contact == null) {
            // routing's event overtook intake's: the contact is not known yet
            n.recipient = "citizen (contact pending)";
            n.channel = "PENDING";
        } else {
            var c = new CitizenMessages.Contact(contact.channel, contact.phone, contact.email, contact.anonymous);
            n.recipient = c.masked();
            n.channel = c.preferred().name();
        }
        n.text = text;
        n.state = "RECORDED";
        n.attempts = 0;
        n.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return n.persist().invoke(() -> LOG.infof("case %s: citizen notification recorded for %s via %s", caseId, event.type(), n.channel))
                .replaceWithVoid();
    }
}
