package gov.petition.notification.delivery;

import gov.petition.notification.config.DeliveryConfig;
import gov.petition.notification.domain.Audience;
import gov.petition.notification.domain.DeliveryChannel;
import gov.petition.notification.repository.CaseContact;
import gov.petition.notification.repository.Notification;
import gov.petition.notification.repository.UnitContact;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Looks a row's address up at the moment it is sent, so the log never holds a contact in clear and a unit's
 * corrected contact is used for what is still pending.
 */
@ApplicationScoped
public class AddressBook {

    private final DeliveryConfig config;

    public AddressBook(DeliveryConfig config) {
        this.config = config;
    }

    public Uni<Delivery> delivery(Notification n) {
        DeliveryChannel channel = DeliveryChannel.valueOf(n.channel);
        Audience audience = Audience.valueOf(n.recipientKind);
        if (audience == Audience.CITIZEN) {
            return CaseContact.<CaseContact>findById(n.recipientId).map(c -> forCitizen(n, channel, c));
        }
        return UnitContact.<UnitContact>findById(n.recipientId).map(u -> forUnit(n, audience, channel, u));
    }

    private Delivery forCitizen(Notification n, DeliveryChannel channel, CaseContact c) {
        String address = null;
        String secret = null;
        Map<String, String> recipient = new LinkedHashMap<>();
        if (c != null) {
            switch (channel) {
                case SMS -> address = c.phone;
                case EMAIL -> address = c.email;
                case WEBHOOK -> {
                    DeliveryConfig.Webhook.Endpoint endpoint = config.webhook().channels().get(c.channel);
                    if (endpoint != null) {
                        address = endpoint.url().toString();
                        secret = endpoint.secret();
                    }
                    recipient.put("channel", c.channel);
                    putIfPresent(recipient, "externalId", c.externalId);
                    putIfPresent(recipient, "userHandle", c.userHandle);
                    putIfPresent(recipient, "postId", c.postId);
                }
                case NONE -> { }
            }
        }
        return new Delivery(n.id, n.caseId, n.eventType, Audience.CITIZEN, channel, address, secret, recipient, n.subject, n.body);
    }

    private static Delivery forUnit(Notification n, Audience audience, DeliveryChannel channel, UnitContact u) {
        String address = u == null ? null : switch (channel) {
            case SMS -> u.phone;
            case EMAIL -> u.email;
            case WEBHOOK -> u.webhookUrl;
            case NONE -> null;
        };
        String secret = u == null || channel != DeliveryChannel.WEBHOOK ? null : u.webhookSecret;
        return new Delivery(n.id, n.caseId, n.eventType, audience, channel, address, secret, Map.of("unitId", n.recipientId),
                n.subject, n.body);
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
