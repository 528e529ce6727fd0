package gov.petition.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;

/** How notifications are delivered: the SMS gateway, and the worker's pace, retries and leases. */
@ConfigMapping(prefix = "petition.notification")
public interface DeliveryConfig {

    Sms sms();

    Delivery delivery();

    /** The HTTP gateway that sends text messages. */
    interface Sms {
        /** Receives a POST of {@code {"to","text","caseId","notificationId"}} as JSON; any 2xx means accepted. */
        URI url();
    }

    /** The delivery worker. */
    interface Delivery {
        @WithDefault("true")
        boolean enabled();

        /** How often due PENDING rows are looked for. */
        @WithDefault("500ms")
        Duration poll();

        /** Deliveries one instance runs at once per channel, so a slow channel cannot starve the others. */
        @WithDefault("32")
        int maxInFlight();

        /** Tries per message, the first included; then it is FAILED. */
        @WithDefault("5")
        int maxAttempts();

        @WithDefault("2s")
        Duration initialBackoff();

        @WithDefault("1m")
        Duration maxBackoff();

        /** Share of each back-off drawn at random, so many failed messages do not retry in lock step. */
        @WithDefault("0.3")
        double jitter();

        /** Longest one try may take. */
        @WithDefault("10s")
        Duration sendTimeout();

        /**
         * How long a claimed row is left to the instance that claimed it; longer than all tries together, so
         * a row is taken over only when its instance died.
         */
        @WithDefault("10m")
        Duration lease();
    }
}
