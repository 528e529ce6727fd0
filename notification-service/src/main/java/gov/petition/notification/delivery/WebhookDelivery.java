package gov.petition.notification.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.petition.notification.config.DeliveryConfig;
import gov.petition.notification.domain.DeliveryChannel;
import gov.petition.notification.domain.WebhookSignature;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * POSTs a notice as JSON to a webhook (the back end of the channel the petition came from, or a unit's own system),
 * signed {@code X-Signature: sha256=<hex HMAC-SHA256 of the body>} with the receiver's shared secret, the time in
 * {@code X-Timestamp} and in the body, and the notification id in {@code X-Petition-Notification} so a receiver can
 * drop a repeat (delivery is at least once). Any 2xx means accepted.
 */
@ApplicationScoped
public class WebhookDelivery implements DeliveryAdapter {

    public static final String NOTIFICATION_HEADER = "X-Petition-Notification";

    private final DeliveryConfig config;
    private final ObjectMapper mapper;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public WebhookDelivery(DeliveryConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.WEBHOOK;
    }

    @Override
    public Uni<Void> send(Delivery delivery) {
        if (delivery.secret() == null || delivery.secret().isBlank()) {
            return Uni.createFrom().failure(new DeliveryException("no webhook secret for " + delivery.recipient().getOrDefault(
                    "channel", delivery.recipient().getOrDefault("unitId", "?"))));
        }
        Instant now = Instant.now();
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("notificationId", delivery.notificationId().toString());
        message.put("caseId", delivery.caseId());
        message.put("eventType", delivery.eventType());
        message.put("audience", delivery.audience().name());
        message.put("recipient", delivery.recipient());
        message.put("subject", delivery.subject());
        message.put("text", delivery.body());
        message.put("sentAt", now.toString());
        byte[] body;
        try {
            body = mapper.writeValueAsString(message).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(delivery.address()))
                    .timeout(config.delivery().sendTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header(WebhookSignature.HEADER, WebhookSignature.sign(delivery.secret(), body))
                    .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(now.getEpochSecond()))
                    .header(NOTIFICATION_HEADER, delivery.notificationId().toString())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new DeliveryException("webhook URL is not valid"));
        }
        return Uni.createFrom().completionStage(() -> client.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .map(HttpResponse::statusCode)
                .chain(status -> status / 100 == 2 ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(new DeliveryException("webhook answered " + status)));
    }
}
