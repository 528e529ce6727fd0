package gov.petition.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

/** How notifications are delivered: the SMS gateway and its quiet hours, channel webhooks, and the worker's pace, retries and leases. */
@ConfigMapping(prefix = "petition.notification")
public interface DeliveryConfig {

    Sms sms();

    Webhook webhook();

    Delivery delivery();

    /**
     * Key of the digests that let staff search the log by a full contact and let citizens prove a case is theirs
     * by its tracking code. Changing it makes older rows unsearchable by contact.
     */
    String recipientDigestKey();

    /** The HTTP gateway that sends text messages. */
    interface Sms {
        /** Receives a POST of {@code {"to","text","caseId","notificationId"}} as JSON; any 2xx means accepted. */
        URI url();

        QuietHours quietHours();
    }

    /** No text message is sent from {@code start} to {@code end} (local time in {@code zone}); it waits for the end. */
    interface QuietHours {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("22:00")
        LocalTime start();

        @WithDefault("08:00")
        LocalTime end();

        @WithDefault("Asia/Shanghai")
        ZoneId zone();
    }

    /** Back ends of the channels petitions come from (WECHAT, WEIBO, ALIPAY, APP, ...), which pass a notice on to the citizen. */
    interface Webhook {
        /** By channel name as intake records it; a channel without an entry is not answered on. */
        Map<String, Endpoint> channels();

        /** Where to POST and the secret the back end checks the signature with. */
        interface Endpoint {
            URI url();

            String secret();
        }
    }

    /** The delivery worker. */
    interface Delivery {
        @WithDefault("true")
        boolean enabled();

        /** How often due PENDING rows are looked for (the consumer also wakes the worker as soon as it has recorded some). */
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
