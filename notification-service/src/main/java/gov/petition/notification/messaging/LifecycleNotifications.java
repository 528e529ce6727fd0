package gov.petition.notification.messaging;

import gov.petition.events.CloudEventCodec;
import gov.petition.events.EventEnvelope;
import gov.petition.events.EventTypes;
import gov.petition.events.inbox.IdempotentConsumer;
import gov.petition.events.payload.CaseMarkedUrgent;
import gov.petition.events.payload.CaseReceived;
import gov.petition.notification.config.DeliveryPolicy;
import gov.petition.notification.delivery.DeliveryWorker;
import gov.petition.notification.domain.Audience;
import gov.petition.notification.domain.CitizenContact;
import gov.petition.notification.domain.DeliveryChannel;
import gov.petition.notification.domain.LifecycleNotices;
import gov.petition.notification.domain.LifecycleNotices.CaseFacts;
import gov.petition.notification.domain.Notice;
import gov.petition.notification.domain.NoticeTemplates;
import gov.petition.notification.domain.UnitContacts;
import gov.petition.notification.repository.CaseContact;
import gov.petition.notification.repository.CaseUrgency;
import gov.petition.notification.repository.Notification;
import gov.petition.notification.repository.UnitContact;
import gov.petition.notification.stream.CitizenNoticeFeed;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Records, in the consumer's transaction, what each party must be told of an event, as PENDING rows of the
 * delivery log (one per recipient and channel); the {@link DeliveryWorker} sends them after commit.
 */
@ApplicationScoped
public class LifecycleNotifications {

    private static final Logger LOG = Logger.getLogger(LifecycleNotifications.class);

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final NoticeTemplates templates;
    private final LifecycleNotices notices;
    private final DeliveryPolicy policy;
    private final DeliveryWorker worker;

    public LifecycleNotifications(IdempotentConsumer consumer, CloudEventCodec codec, NoticeTemplates templates,
                                  DeliveryPolicy policy, DeliveryWorker worker) {
        this.consumer = consumer;
        this.codec = codec;
        this.templates = templates;
        this.notices = new LifecycleNotices(codec);
        this.policy = policy;
        this.worker = worker;
    }

    @Incoming("lifecycle")
    public Uni<Void> onEvent(ConsumerRecord<String, byte[]> record) {
        // the consumer id predates units and leaders: kept so events applied before are not applied again
        return consumer.consume("notification-citizen", record, this::apply)
                .invoke(worker::wake); // deliver now rather than at the next poll
    }

    private Uni<Void> apply(EventEnvelope event) {
        Uni<CaseFacts> facts = switch (event.type()) {
            case EventTypes.CASE_RECEIVED -> onReceived(codec.payload(event, CaseReceived.class));
            case EventTypes.HOTSPOT_DETECTED -> Uni.createFrom().item(CaseFacts.UNKNOWN); // its subject is a hot spot, not a case
            case EventTypes.CASE_MARKED_URGENT -> onMarkedUrgent(codec.payload(event, CaseMarkedUrgent.class))
                    .chain(() -> known(event.subject()));
            // only the unit's new-work notice tells of urgency: other events spare the query
            case EventTypes.CASE_ROUTED -> known(event.subject()).chain(f -> CaseUrgency.<CaseUrgency>findById(event.subject())
                    .map(u -> u == null ? f : f.withUrgency(u.urgency())));
            default -> known(event.subject());
        };
        return facts.chain(f -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Notice notice : notices.of(event, f)) {
                chain = chain.chain(() -> notice.audience() == Audience.CITIZEN ? recordForCitizen(event, notice) : recordForStaff(event, notice));
            }
            return chain;
        });
    }

    /** Title and category from the receipt, if it has come. */
    private static Uni<CaseFacts> known(String caseId) {
        return CaseContact.<CaseContact>findById(caseId).map(c -> c == null ? CaseFacts.UNKNOWN : new CaseFacts(c.title, c.category));
    }

    /**
     * Keeps the urgency for the unit's new-work notice, whether or not the case has reached a unit yet. If the routed
     * notice went out before the mark came, nothing more is sent: the unit hears of the HANDLE deadline by its warning.
     * A later mark of the case (another event) brings the deadlines up to date.
     */
    private Uni<Void> onMarkedUrgent(CaseMarkedUrgent u) {
        return CaseUrgency.<CaseUrgency>findById(u.caseId()).chain(existing -> {
            CaseUrgency urgency = existing == null ? new CaseUrgency() : existing;
            urgency.caseId = u.caseId();
            urgency.keyword = cut(u.keyword(), 100);
            urgency.handleDue = u.handleDue();
            urgency.fixDue = u.fixDue();
            urgency.markedAt = u.at() != null ? u.at() : OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            return existing == null ? urgency.persist().replaceWithVoid() : Uni.createFrom().voidItem();
        });
    }

    private Uni<CaseFacts> onReceived(CaseReceived r) {
        CaseContact contact = new CaseContact();
        contact.caseId = r.caseId();
        contact.channel = r.channel();
        boolean anonymous = r.citizen() == null || r.citizen().anonymous();
        contact.anonymous = anonymous;
        contact.phone = anonymous ? null : r.citizen().phone();
        contact.email = anonymous ? null : r.citizen().email();
        contact.trackingDigest = policy.digest().ofTrackingCode(r.trackingCode());
        contact.externalId = r.externalId();
        contact.title = cut(r.title(), 300);
        contact.category = r.category();
        if (r.channelDetails() != null) {
            contact.userHandle = r.channelDetails().userHandle();
            contact.postId = r.channelDetails().postId();
        }
        return CaseContact.<CaseContact>findById(r.caseId())
                .chain(existing -> existing != null ? Uni.createFrom().item(existing) : contact.persist().replaceWith(contact))
                // steps that overtook the receipt were recorded without a channel; now they can go out
                .chain(c -> Notification.<Notification>list(
                                "caseId = ?1 and recipientKind = 'CITIZEN' and channel = 'PENDING' and state = 'PENDING'", r.caseId())
                        .invoke(rows -> rows.forEach(n -> address(n, c.contact())))
                        .replaceWith(new CaseFacts(c.title, c.category)));
    }

    private Uni<Void> recordForCitizen(EventEnvelope event, Notice notice) {
        NoticeTemplates.Message message = templates.render(notice);
        return CaseContact.<CaseContact>findById(notice.recipientId()).chain(contact -> {
            Notification n = row(event, notice, message);
            if (contact == null) {
                // an event overtook intake's receipt: the contact is not known yet; the receipt fills it in
                n.recipient = "citizen (contact pending)";
                n.channel = "PENDING";
            } else if (!notice.essential() && !contact.nonEssential) {
                address(n, contact.contact());
                n.state = "OPTED_OUT";
                n.body = null;
                n.nextAttemptAt = null;
                n.notBefore = null;
                n.settledAt = n.createdAt;
            } else {
                address(n, contact.contact());
            }
            return persistOnce(n).chain(recorded -> recorded ? CitizenNoticeFeed.announce(n) : Uni.createFrom().voidItem());
        });
    }

    private Uni<Void> recordForStaff(EventEnvelope event, Notice notice) {
        NoticeTemplates.Message message = templates.render(notice);
        // a unit is reached by its own contacts; a leader's office, if it has none, by the nearest level above
        List<String> candidates = notice.audience() == Audience.LEADER
                ? UnitContacts.selfAndAncestors(notice.recipientId()) : List.of(notice.recipientId());
        return UnitContact.<UnitContact>list("unitId in ?1", candidates).chain(found -> {
            UnitContact contact = found.stream().filter(c -> !c.contacts().channels().isEmpty())
                    .max(Comparator.comparingInt(c -> c.unitId.length())).orElse(null);
            List<DeliveryChannel> channels = contact == null ? List.of(DeliveryChannel.NONE) : contact.contacts().channels();
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (DeliveryChannel channel : channels) {
                Notification n = row(event, notice, message);
                n.channel = channel.name();
                if (contact == null) {
                    n.recipient = notice.recipientId() + " (no contact)";
                } else {
                    UnitContacts c = contact.contacts();
                    n.recipientId = contact.unitId;
                    n.recipient = c.masked(channel);
                    n.recipientDigest = channel == DeliveryChannel.WEBHOOK ? null : policy.digest().ofContact(c.contact(channel));
                    if (!notice.roundTheClock()) {
                        deferIfQuiet(n);
                    }
                }
                chain = chain.chain(() -> persistOnce(n).replaceWithVoid());
            }
            return chain;
        });
    }

    /** Sets the channel and recipient of a citizen's row from what the citizen gave and chose. */
    private void address(Notification n, CitizenContact contact) {
        DeliveryChannel channel = contact.deliveryChannel(policy.webhookChannels());
        n.channel = channel.name();
        n.recipient = contact.masked(channel);
        n.recipientDigest = policy.digest().ofContact(contact.contact(channel));
        deferIfQuiet(n);
    }

    private void deferIfQuiet(Notification n) {
        if (DeliveryChannel.SMS.name().equals(n.channel) && "PENDING".equals(n.state)) {
            policy.smsDeferral(n.createdAt.toInstant()).ifPresent(until -> {
                n.notBefore = until.atOffset(ZoneOffset.UTC);
                n.nextAttemptAt = n.notBefore;
            });
        }
    }

    private static Notification row(EventEnvelope event, Notice notice, NoticeTemplates.Message message) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.caseId = notice.subjectId();
        n.eventId = event.id();
        n.eventType = event.type();
        n.recipientKind = notice.audience().name();
        n.recipientId = notice.recipientId();
        n.essential = notice.essential();
        n.text = message.logText();
        n.subject = message.subject();
        n.body = message.body();
        n.state = "PENDING";
        n.attempts = 0;
        n.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        n.nextAttemptAt = n.createdAt;
        return n;
    }

    /**
     * Persists the row unless this event already has one for this recipient and channel. The inbox already
     * keeps an event from being applied twice; this check (and the unique key under it) keeps a notice single
     * even if the same event reached us twice by another way.
     */
    private Uni<Boolean> persistOnce(Notification n) {
        return Notification.count("eventId = ?1 and recipientKind = ?2 and recipientId = ?3 and channel = ?4",
                        n.eventId, n.recipientKind, n.recipientId, n.channel)
                .chain(existing -> existing > 0 ? Uni.createFrom().item(false) : n.persist().replaceWith(true))
                .invoke(recorded -> LOG.infof("case %s: %s notification %s %s for %s via %s (%s)", n.caseId,
                        n.recipientKind.toLowerCase(), n.id, recorded ? "recorded" : "already recorded, skipped", n.eventType,
                        n.channel, n.state));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
