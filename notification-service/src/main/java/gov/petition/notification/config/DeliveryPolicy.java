package gov.petition.notification.config;

import gov.petition.notification.domain.ContactDigest;
import gov.petition.notification.domain.QuietHours;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** The configured rules recording needs: which channels can be answered by webhook, SMS quiet hours, the contact digest. */
@ApplicationScoped
public class DeliveryPolicy {

    private final DeliveryConfig config;
    private final ContactDigest digest;
    private final QuietHours quietHours;

    public DeliveryPolicy(DeliveryConfig config) {
        this.config = config;
        this.digest = new ContactDigest(config.recipientDigestKey());
        DeliveryConfig.QuietHours q = config.sms().quietHours();
        this.quietHours = new QuietHours(q.start(), q.end(), q.zone());
    }

    public Set<String> webhookChannels() {
        return config.webhook().channels().keySet();
    }

    public ContactDigest digest() {
        return digest;
    }

    /** When an SMS due now may go: empty if now, else the end of the quiet hours. */
    public Optional<Instant> smsDeferral(Instant now) {
        return config.sms().quietHours().enabled() ? quietHours.deferral(now) : Optional.empty();
    }
}
