package gov.petition.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.infra.KafkaProbe;
import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An open web page follows its case's notices as server-sent events, read by a real HTTP client off the wire. */
@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_notification_test"))
@QuarkusTestResource(DeliveryReceivers.class)
class LiveStreamTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TestHTTPResource("/api/v1/notifications/stream")
    URL stream;

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void anOpenPageHearsOfEachNoticeOfItsCaseAsItIsRecordedAndDelivered() throws Exception {
        String caseId = "T-" + UUID.randomUUID();
        String otherCase = "T-" + UUID.randomUUID();
        try (KafkaProbe kafka = kafka()) {
            kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, Events.received(caseId, "MAILBOX", null, "sse@example.cn", false));
            kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, otherCase, Events.received(otherCase, "MAILBOX", null, "other@example.cn", false));
        }
        // the page can follow the case once notification knows its tracking code
        await().atMost(DEADLINE).untilAsserted(() -> given().queryParam("caseId", caseId).when().get("/api/v1/notifications")
                .then().statusCode(200).body("items[0].state", org.hamcrest.Matchers.equalTo("SENT")));

        List<JsonNode> events = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> response = client.send(request(caseId, "K7QM2X9PRT"), HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("text/event-stream"));
        Thread reader = new Thread(() -> response.body().forEach(line -> {
            if (line.startsWith("data:")) {
                try {
                    events.add(mapper.readTree(line.substring(5).strip()));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }), "sse-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            // first what was sent before the page opened
            await().atMost(DEADLINE).until(() -> has(events, EventTypes.CASE_RECEIVED, "SENT"));
            try (KafkaProbe kafka = kafka()) {
                kafka.sendEvent(Topics.ROUTING, EventTypes.CASE_ROUTED, caseId, Events.routed(caseId, "xd.a.jyj", false));
                kafka.sendEvent(Topics.ROUTING, EventTypes.CASE_ROUTED, otherCase, Events.routed(otherCase, "xd.a.jyj", false));
            }
            // then, live, the new notice when it is recorded and again when it is delivered
            await().atMost(DEADLINE).until(() -> has(events, EventTypes.CASE_ROUTED, "SENT"));
            JsonNode routed = events.stream().filter(e -> EventTypes.CASE_ROUTED.equals(e.path("eventType").asText())).findFirst().orElseThrow();
            assertEquals("s***@example.cn", routed.path("recipient").asText());
            assertTrue(routed.path("text").asText().contains("已转交测试局办理"), routed.toString());
            assertTrue(events.stream().allMatch(e -> caseId.equals(e.path("caseId").asText())), "only this case's notices");
            assertTrue(events.stream().allMatch(e -> "CITIZEN".equals(e.path("recipientKind").asText())), "never the unit's");
        } finally {
            response.body().close();
        }
    }

    @Test
    void aPageWithoutTheTrackingCodeIsRefusedBeforeTheStreamStarts() throws Exception {
        String caseId = "T-" + UUID.randomUUID();
        try (KafkaProbe kafka = kafka()) {
            kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, Events.received(caseId, "MAILBOX", null, null, false));
        }
        await().atMost(DEADLINE).untilAsserted(() -> given().queryParam("caseId", caseId).when().get("/api/v1/notifications")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(1)));
        HttpResponse<String> wrong = client.send(request(caseId, "WRONG00000"), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, wrong.statusCode());
        assertTrue(wrong.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"), wrong.headers().toString());
        HttpResponse<String> missing = client.send(HttpRequest.newBuilder(URI.create(stream + "?caseId=" + caseId))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("trackingCode"), missing.body());
    }

    private HttpRequest request(String caseId, String trackingCode) {
        return HttpRequest.newBuilder(URI.create(stream + "?caseId=" + caseId + "&trackingCode=" + trackingCode))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(10)).build();
    }

    private static boolean has(List<JsonNode> events, String type, String state) {
        return events.stream().anyMatch(e -> type.equals(e.path("eventType").asText()) && state.equals(e.path("state").asText()));
    }

    private static KafkaProbe kafka() {
        return new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }
}
