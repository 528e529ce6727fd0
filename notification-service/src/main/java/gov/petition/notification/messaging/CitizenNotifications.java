package gov.petition.notification.messaging;

import gov.petition.events.CloudEventCodec;
import gov.petition.events.EventEnvelope;
import gov.petition.events.EventTypes;
import gov.petition.events.inbox.IdempotentConsumer;
import gov.petition.events.payload.CaseAccepted;
import gov.petition.events.payload.CaseCompleted;
import gov.petition.events.payload.CaseReceived;
import gov.petition.events.payload.CaseRejected;
import gov.petition.events.payload.CaseReplied;
import gov.petition.events.payload.CaseRouted;
import gov.petition.notification.domain.CitizenMessages;
import gov.petition.notification.domain.CitizenMessages.Notice;
import gov.petition.notification.domain.CitizenTemplates;
import gov.petition.notification.repository.CaseContact;
import gov.petition.notification.repository.Notification;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Records, in the consumer's transaction, what the citizen must be told of each step, as a PENDING row
 * of the delivery log; the {@link gov.petition.notification.delivery.DeliveryWorker} sends it after commit.
 */
@ApplicationScoped
public class CitizenNotifications {

    private static final Logger LOG = Logger.getLogger(CitizenNotifications.class);
    // Citizens read deadlines in the platform's local time.
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final CitizenTemplates templates;

    public CitizenNotifications(IdempotentConsumer consumer, CloudEventCodec codec, CitizenTemplates templates) {
        this.consumer = consumer;
        this.codec = codec;
        this.templates = templates;
    }

    @Incoming("lifecycle")
    public Uni<Void> onEvent(ConsumerRecord<String, byte[]> record) {
        return consumer.consume("notification-citizen", record, event -> switch (event.type()) {
            case EventTypes.CASE_RECEIVED -> onReceived(event, codec.payload(event, CaseReceived.class));
            case EventTypes.CASE_ROUTED -> {
                CaseRouted r = codec.payload(event, CaseRouted.class);
                yield record(event, r.caseId(), new Notice(event.type(), r.caseId(), null, r.unitName(), null, null, null, null));
            }
            case EventTypes.CASE_ACCEPTED -> {
                CaseAccepted a = codec.payload(event, CaseAccepted.class);
                yield record(event, a.caseId(), new Notice(event.type(), a.caseId(), null, a.unitName(), a.responderName(), null, null,
                        a.replyDue() == null ? null : LOCAL_TIME.format(a.replyDue())));
            }
            case EventTypes.CASE_REJECTED -> {
                CaseRejected r = codec.payload(event, CaseRejected.class);
                yield record(event, r.caseId(), new Notice(event.type(), r.caseId(), null, r.unitName(), r.responderName(), r.reason(), null, null));
            }
            case EventTypes.CASE_REPLIED -> {
                CaseReplied r = codec.payload(event, CaseReplied.class);
                yield record(event, r.caseId(), new Notice(event.type(), r.caseId(), null, r.unitName(), r.responderName(), null, r.reply(), null));
            }
            case EventTypes.CASE_COMPLETED -> {
                CaseCompleted c = codec.payload(event, CaseCompleted.class);
                yield record(event, c.caseId(), new Notice(event.type(), c.caseId(), null, c.unitName(), c.responderName(), null, null, null));
            }
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
        var known = new CitizenMessages.Contact(contact.channel, contact.phone, contact.email, contact.anonymous);
        return CaseContact.<CaseContact>findById(r.caseId())
                .chain(existing -> existing != null ? Uni.createFrom().item(existing) : contact.persist())
                // steps that overtook the receipt were recorded without a channel; now they can go out
                .chain(c -> Panache.getSession().chain(session -> session.createNativeQuery("""
                                update notification set channel = :channel, recipient = :recipient
                                where case_id = :caseId and channel = 'PENDING' and state = 'PENDING'""")
                        .setParameter("channel", known.preferred().name())
                        .setParameter("recipient", known.masked())
                        .setParameter("caseId", r.caseId())
                        .executeUpdate()))
                .chain(() -> record(event, r.caseId(), new Notice(event.type(), r.caseId(), r.trackingCode(), null, null, null, null, null)));
    }

    private Uni<Void> record(EventEnvelope event, String caseId, Notice notice) {
        CitizenTemplates.Message message = templates.render(notice).orElseThrow();
        return CaseContact.<CaseContact>findById(caseId).chain(contact -> {
            Notification n = new Notification();
            n.id = UUID.randomUUID();
            n.caseId = caseId;
            n.eventId = event.id();
            n.eventType = event.type();
            n.recipientKind = "CITIZEN";
            if (contact == null) {
                // an event overtook intake's receipt: the contact is not known yet; the receipt fills it in
                n.recipient = "citizen (contact pending)";
                n.channel = "PENDING";
            } else {
                var c = new CitizenMessages.Contact(contact.channel, contact.phone, contact.email, contact.anonymous);
                n.recipient = c.masked();
                n.channel = c.preferred().name();
            }
            n.text = message.logText();
            n.subject = message.subject();
            n.body = message.body();
            n.state = "PENDING";
            n.attempts = 0;
            n.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            n.nextAttemptAt = n.createdAt;
            return n.persist().invoke(() -> LOG.infof("case %s: citizen notification %s recorded for %s via %s", caseId, n.id, event.type(), n.channel))
                    .replaceWithVoid();
        });
    }
}
