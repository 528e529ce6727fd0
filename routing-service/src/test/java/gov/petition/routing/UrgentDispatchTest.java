package gov.petition.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static gov.petition.routing.RoutingTestSupport.newCaseId;
import static gov.petition.routing.RoutingTestSupport.token;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Urgent cases (case.marked-urgent from handling) head the dispatch queue, whichever of mark and case comes first. */
@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_routing_test"))
class UrgentDispatchTest {

    private static final String DISPATCHER = "xd.a.zwj.2";
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private RoutingTestSupport support;

    @BeforeEach
    void connect() {
        support = new RoutingTestSupport();
    }

    @AfterEach
    void close() {
        support.close();
    }

    private static List<Map<String, Object>> queue(String urgent) {
        var request = given().auth().oauth2(token(DISPATCHER)).queryParam("size", 200);
        if (urgent != null) {
            request = request.queryParam("urgent", urgent);
        }
        // this test run's whole queue fits one page
        return request.when().get("/api/v1/dispatch/queue").then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static Map<String, Object> item(List<Map<String, Object>> items, String caseId) {
        return items.stream().filter(i -> caseId.equals(i.get("caseId"))).findFirst().orElse(null);
    }

    private static int position(List<Map<String, Object>> items, String caseId) {
        for (int i = 0; i < items.size(); i++) {
            if (caseId.equals(items.get(i).get("caseId"))) {
                return i;
            }
        }
        return -1;
    }

    /** Urgent cases first: every item before the case is urgent, and the first item that is not comes after it. */
    private static void assertAheadOfEveryCaseThatIsNotUrgent(List<Map<String, Object>> items, String caseId) {
        int at = position(items, caseId);
        assertTrue(at >= 0, caseId + " is in the queue");
        for (int i = 0; i < at; i++) {
            assertEquals(Boolean.TRUE, items.get(i).get("urgent"), "only urgent cases before it: " + items.get(i));
        }
    }

    /** An undecided case (routing was not confident): it goes to the dispatch queue. */
    private void undecided(String caseId) {
        JsonNode routed = support.receiveAndAwaitRouting(caseId, "你好", "请问", null, "xd.a.a3", null);
        assertEquals("DISPATCH", routed.path("reason").asText());
        await().atMost(DEADLINE).until(() -> item(queue(null), caseId) != null);
    }

    private static String markedUrgent(String caseId, String keyword, Instant handleDue, Instant fixDue) {
        return """
                {"caseId":"%s","keyword":"%s","rule":"紧急公共安全：3小时处置、24小时修复（成都井盖规则）",
                 "handleDue":"%s","fixDue":"%s","at":"%s"}""".formatted(caseId, keyword, handleDue, fixDue, Instant.now());
    }

    private static Instant instant(Object json) {
        assertNotNull(json);
        return OffsetDateTime.parse(json.toString()).toInstant();
    }

    @Test
    void anUrgentCaseMarkedBeforeRoutingHasSeenItIsListedFirstWithItsDeadlines() {
        String plain = newCaseId();
        undecided(plain); // queued before the urgent case: the older one, first by age alone

        String urgent = newCaseId();
        Instant handleDue = Instant.parse("2026-11-23T06:05:00Z");
        Instant fixDue = Instant.parse("2026-11-24T03:05:00Z");
        RecordMetadata mark = support.kafka.sendEventRecord(Topics.HANDLING, UUID.randomUUID().toString(), EventTypes.CASE_MARKED_URGENT,
                urgent, markedUrgent(urgent, "井盖", handleDue, fixDue));
        // applied while routing knows nothing of the case
        await().atMost(DEADLINE).until(() -> support.kafka.committedPast("routing-service", mark));
        undecided(urgent);

        List<Map<String, Object>> items = queue(null);
        Map<String, Object> item = item(items, urgent);
        assertEquals(Boolean.TRUE, item.get("urgent"));
        assertEquals("井盖", item.get("urgentKeyword"));
        assertEquals(handleDue, instant(item.get("handleDue")));
        assertEquals(fixDue, instant(item.get("fixDue")));
        assertEquals("UNDECIDED", item.get("reason"));
        assertAheadOfEveryCaseThatIsNotUrgent(items, urgent);
        assertTrue(position(items, urgent) < position(items, plain), "the urgent case before the older plain one");

        Map<String, Object> other = item(items, plain);
        assertEquals(Boolean.FALSE, other.get("urgent"));
        assertTrue(other.containsKey("urgentKeyword") && other.get("urgentKeyword") == null, "null, not left out: " + other);
        assertNull(other.get("handleDue"));
        assertNull(other.get("fixDue"));

        List<Map<String, Object>> onlyUrgent = queue("true");
        assertTrue(onlyUrgent.stream().allMatch(i -> Boolean.TRUE.equals(i.get("urgent"))), onlyUrgent.toString());
        assertNotNull(item(onlyUrgent, urgent));
        assertNull(item(onlyUrgent, plain));
        List<Map<String, Object>> notUrgent = queue("false");
        assertNull(item(notUrgent, urgent));
        assertNotNull(item(notUrgent, plain));
        assertTrue(notUrgent.stream().noneMatch(i -> Boolean.TRUE.equals(i.get("urgent"))), notUrgent.toString());
    }

    @Test
    void aCaseAlreadyInTheQueueMovesAheadWhenItIsMarkedUrgent() {
        String caseId = newCaseId();
        undecided(caseId);
        Map<String, Object> before = item(queue(null), caseId);
        assertEquals(Boolean.FALSE, before.get("urgent"));
        assertNull(before.get("handleDue"));

        Instant handleDue = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        support.handlingEvent(EventTypes.CASE_MARKED_URGENT, caseId,
                markedUrgent(caseId, "燃气泄漏", handleDue, handleDue.plus(Duration.ofHours(21))));
        await().atMost(DEADLINE).until(() -> Boolean.TRUE.equals(item(queue(null), caseId).get("urgent")));

        List<Map<String, Object>> items = queue(null);
        Map<String, Object> item = item(items, caseId);
        assertEquals("燃气泄漏", item.get("urgentKeyword"));
        assertEquals(handleDue, instant(item.get("handleDue")));
        assertAheadOfEveryCaseThatIsNotUrgent(items, caseId);
        assertNotNull(item(queue("true"), caseId));
    }

    @Test
    void aMarkDeliveredTwiceChangesNothing() {
        String caseId = newCaseId();
        undecided(caseId);
        String eventId = UUID.randomUUID().toString();
        Instant handleDue = Instant.parse("2026-11-23T06:05:00Z");
        Instant fixDue = Instant.parse("2026-11-24T03:05:00Z");
        support.kafka.sendEvent(Topics.HANDLING, eventId, EventTypes.CASE_MARKED_URGENT, caseId,
                markedUrgent(caseId, "井盖", handleDue, fixDue));
        // the same event again; its copy names other deadlines only so that applying it a second time would show
        RecordMetadata again = support.kafka.sendEventRecord(Topics.HANDLING, eventId, EventTypes.CASE_MARKED_URGENT, caseId,
                markedUrgent(caseId, "塌陷", handleDue.plus(Duration.ofHours(1)), fixDue.plus(Duration.ofHours(1))));
        await().atMost(DEADLINE).until(() -> support.kafka.committedPast("routing-service", again));

        List<Map<String, Object>> items = queue(null);
        assertEquals(1, items.stream().filter(i -> caseId.equals(i.get("caseId"))).count(), "listed once");
        Map<String, Object> item = item(items, caseId);
        assertEquals(Boolean.TRUE, item.get("urgent"));
        assertEquals("井盖", item.get("urgentKeyword"));
        assertEquals(handleDue, instant(item.get("handleDue")));
        assertEquals(fixDue, instant(item.get("fixDue")));
    }

    @Test
    void theUrgentFilterTakesOnlyTrueOrFalseAndTheQueueDocumentsUrgency() throws Exception {
        given().auth().oauth2(token(DISPATCHER)).queryParam("urgent", "yes").when().get("/api/v1/dispatch/queue")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("urgent"));
        JsonNode openapi = new ObjectMapper().readTree(
                given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString());
        JsonNode item = openapi.path("components").path("schemas").path("DispatchItem").path("properties");
        // OpenAPI 3.1: a list of examples
        assertTrue(item.path("urgent").path("examples").path(0).asBoolean(), item.toString());
        assertEquals("井盖", item.path("urgentKeyword").path("examples").path(0).asText());
        assertEquals("2026-11-23T14:05:00+08:00", item.path("handleDue").path("examples").path(0).asText());
        assertEquals("2026-11-24T11:05:00+08:00", item.path("fixDue").path("examples").path(0).asText());
        assertFalse(item.path("handleDue").path("description").asText().isBlank());
        JsonNode urgentParameter = null;
        for (JsonNode p : openapi.path("paths").path("/api/v1/dispatch/queue").path("get").path("parameters")) {
            if ("urgent".equals(p.path("name").asText())) {
                urgentParameter = p;
            }
        }
        assertNotNull(urgentParameter, "?urgent= is documented");
        assertEquals("true", urgentParameter.path("example").asText());
    }
}
