package gov.petition.notification.delivery;

import gov.petition.notification.domain.DeliveryChannel;
import io.smallrye.mutiny.Uni;

/** Hands a message to one outside channel (SMTP server, SMS gateway, ...); the worker retries and records the outcome. */
public interface DeliveryAdapter {

    /** The channel of the delivery log rows this adapter sends. */
    DeliveryChannel channel();

    /** Completes when the channel accepted the message, fails when it did not; one try, no retries. */
    Uni<Void> send(Delivery delivery);

    /** False for the adapter that has no one to send to: its rows are SKIPPED, not SENT. */
    default boolean reachesSomeone() {
        return true;
    }
}
