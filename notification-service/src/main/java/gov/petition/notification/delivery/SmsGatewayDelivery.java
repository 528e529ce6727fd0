package gov.petition.notification.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.petition.notification.config.DeliveryConfig;
import gov.petition.notification.domain.DeliveryChannel;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends text messages through the configured HTTP gateway: a POST of JSON, any 2xx answer means accepted.
 * The JDK client's {@code sendAsync} does not block the calling thread, so no worker thread is needed.
 */
@ApplicationScoped
public class SmsGatewayDelivery implements DeliveryAdapter {

    private final DeliveryConfig config;
    private final ObjectMapper mapper;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SmsGatewayDelivery(DeliveryConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.SMS;
    }

    @Override
    public Uni<Void> send(Delivery delivery) {
        Map<String, String> message = new LinkedHashMap<>();
        message.put("to", delivery.address());
        message.put("text", delivery.body());
        message.put("caseId", delivery.caseId());
        message.put("notificationId", delivery.notificationId().toString());
        String json;
        try {
            json = mapper.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        HttpRequest request = HttpRequest.newBuilder(config.sms().url())
                .timeout(config.delivery().sendTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return Uni.createFrom().completionStage(() -> client.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .map(HttpResponse::statusCode)
                .chain(status -> status / 100 == 2 ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(new DeliveryException("SMS gateway answered " + status)));
    }
}
