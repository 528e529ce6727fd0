package gov.petition.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.infra.DevTokens;
import gov.petition.infra.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Sends the events routing consumes and reads the ones it emits, for the @QuarkusTest classes. */
final class RoutingTestSupport implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    final KafkaProbe kafka = new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    static String newCaseId() {
        return "T-" + UUID.randomUUID();
    }

    static String token(String officialId) {
        try {
            return DevTokens.forOfficial(officialId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A received case; {@code phone} may be null (anonymous). */
    void receive(String caseId, String title, String content, String category, String region, String phone) {
        String citizen = phone == null ? "{\"anonymous\":true}"
                : "{\"name\":\"张三\",\"phone\":\"%s\",\"anonymous\":false}".formatted(phone);
        String body = """
                {"caseId":"%s","trackingCode":"ABCDEFGHJK","channel":"MAILBOX","externalId":"%s","title":%s,
                 "content":%s,"category":%s,"location":{"regionCode":"%s"},
                 "citizen":%s,"disclosure":"PRIVATE","receivedAt":"2026-11-23T09:30:00Z"}
                """.formatted(caseId, UUID.randomUUID(), quote(title), quote(content), category == null ? "null" : quote(category),
                region, citizen);
        kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, body);
    }

    /** Sends a case and waits for its first routing decision. */
    JsonNode receiveAndAwaitRouting(String caseId, String title, String content, String category, String region, String phone) {
        receive(caseId, title, content, category, region, phone);
        return await(caseId, EventTypes.CASE_ROUTED, 1).get(0);
    }

    void handlingEvent(String type, String caseId, String json) {
        kafka.sendEvent(Topics.HANDLING, type, caseId, json);
    }

    void returned(String caseId, String unitId, String unitName, String reason) {
        handlingEvent(EventTypes.CASE_RETURNED, caseId, """
                {"caseId":"%s","unitId":"%s","unitName":"%s","responderId":"%s.1","responderName":"某某",
                 "reason":"%s","note":null,"at":"2026-11-23T10:00:00Z"}""".formatted(caseId, unitId, unitName, unitId, reason));
    }

    void accepted(String caseId, String unitId) {
        handlingEvent(EventTypes.CASE_ACCEPTED, caseId, """
                {"caseId":"%s","unitId":"%s","unitName":"某局","responderId":"%s.1","responderName":"某某",
                 "note":null,"replyDue":"2026-11-30T10:00:00Z","at":"2026-11-23T10:00:00Z"}""".formatted(caseId, unitId, unitId));
    }

    /** The case's events of one type on the routing topic, in the order they were published. */
    List<JsonNode> events(String caseId, String type) {
        return kafka.readAll(Topics.ROUTING).stream()
                .filter(r -> caseId.equals(r.key()) && type.equals(KafkaProbe.header(r, "ce_type")))
                .sorted(Comparator.comparingLong(ConsumerRecord::offset))
                .map(r -> {
                    try {
                        return JSON.readTree(KafkaProbe.body(r));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
    }

    /** Waits until at least {@code count} events of the type are there, and answers them. */
    List<JsonNode> await(String caseId, String type, int count) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> events(caseId, type).size() >= count);
        return events(caseId, type);
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        kafka.close();
    }
}
