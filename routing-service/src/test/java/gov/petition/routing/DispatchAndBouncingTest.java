package gov.petition.routing;

import com.fasterxml.jackson.databind.JsonNode;
import gov.petition.events.EventTypes;
import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static gov.petition.routing.RoutingTestSupport.newCaseId;
import static gov.petition.routing.RoutingTestSupport.token;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_routing_test"))
class DispatchAndBouncingTest {

    private static final String DISPATCHER = "xd.a.zwj.2";

    private RoutingTestSupport support;

    @BeforeEach
    void connect() {
        support = new RoutingTestSupport();
    }

    @AfterEach
    void close() {
        support.close();
    }

    private static JsonPath queue(String reason) {
        var request = given().auth().oauth2(token(DISPATCHER)).queryParam("size", 200);
        if (reason != null) {
            request = request.queryParam("reason", reason);
        }
        return request.when().get("/api/v1/dispatch/queue").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> queueItem(String caseId) {
        List<Map<String, Object>> items = queue(null).getList("items");
        return items.stream().filter(i -> caseId.equals(i.get("caseId"))).findFirst().orElse(null);
    }

    private static ValidatableResponse dispatch(String officialId, String caseId, String body) {
        return given().auth().oauth2(token(officialId)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cases/{c}/dispatch", caseId).then();
    }

    private String caseWithTheA3HousingBureau() {
        String caseId = newCaseId();
        JsonNode routed = support.receiveAndAwaitRouting(caseId, "电梯坏了", "小区电梯坏了三个月没人修", "城乡建设", "xd.a.a3", null);
        assertEquals("xd.a.a3.zjj", routed.path("unitId").asText());
        return caseId;
    }

    @Test
    void anUndecidedCaseWaitsInTheQueueWithSuggestionsUntilADispatcherSendsItToAUnit() {
        String caseId = newCaseId();
        JsonNode routed = support.receiveAndAwaitRouting(caseId, "你好", "请问", null, "xd.a.a3", null);
        assertEquals("DISPATCH", routed.path("reason").asText());

        await().atMost(Duration.ofSeconds(10)).until(() -> queueItem(caseId) != null);
        Map<String, Object> item = queueItem(caseId);
        assertEquals("UNDECIDED", item.get("reason"));
        assertEquals("你好", item.get("title"));
        assertFalse(((List<?>) item.get("suggestions")).isEmpty(), "the classifier's suggestions are shown");
        JsonPath page = queue("UNDECIDED");
        assertTrue(page.getLong("total") >= 1);
        assertEquals(0, page.getInt("page"));

        dispatch(DISPATCHER, caseId, "{\"unitId\":\"xd.a.nowhere\"}").statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("unitId"));
        dispatch("xd.a.jyj.1", caseId, "{\"unitId\":\"xd.a.a3.zjj\"}").statusCode(403).contentType("application/problem+json");
        dispatch(DISPATCHER, caseId, "{\"unitId\":\"xd.a.a3.zjj\",\"category\":\"城乡建设\",\"note\":\"电梯归住建\",\"attempt\":1}")
                .statusCode(200).body("reason", equalTo("MANUAL")).body("attempt", equalTo(2)).body("routedBy", equalTo(DISPATCHER));

        JsonNode manual = support.await(caseId, EventTypes.CASE_ROUTED, 2).get(1);
        assertEquals("xd.a.a3.zjj", manual.path("unitId").asText());
        assertEquals("MANUAL", manual.path("reason").asText());
        assertEquals(DISPATCHER, manual.path("routedBy").asText());
        assertEquals("城乡建设", manual.path("category").asText());
        assertEquals(2, manual.path("attempt").asInt());
        assertEquals(null, queueItem(caseId));
        // Another dispatcher who still sees attempt 1 does not override the decision.
        dispatch("xd.a.zwj.3", caseId, "{\"unitId\":\"xd.a.a3.cgj\",\"attempt\":1}").statusCode(409)
                .contentType("application/problem+json");
        assertEquals(2, support.events(caseId, EventTypes.CASE_ROUTED).size());
    }

    @Test
    void theQueueIsForDispatchersOnly() {
        given().auth().oauth2(token("xd.a.jyj.1")).when().get("/api/v1/dispatch/queue")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/dispatch/queue").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(token(DISPATCHER)).queryParam("reason", "SOMETIME").when().get("/api/v1/dispatch/queue")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("reason"));
    }

    @Test
    void aCaseReturnedTwiceIsEscalatedWithTheTimeEachUnitHeldIt() {
        String caseId = caseWithTheA3HousingBureau();
        support.returned(caseId, "xd.a.a3.zjj", "A3区住房和城乡建设局", "井盖归城管局管理");
        await().atMost(Duration.ofSeconds(30)).until(() -> queueItem(caseId) != null && "RETURNED".equals(queueItem(caseId).get("reason")));
        Map<String, Object> item = queueItem(caseId);
        assertEquals("RETURNED", item.get("reason"));
        assertEquals(1, item.get("returns"));
        @SuppressWarnings("unchecked") Map<String, Object> returnedBy = (Map<String, Object>) item.get("returnedBy");
        assertEquals("xd.a.a3.zjj", returnedBy.get("unitId"));
        assertEquals("井盖归城管局管理", returnedBy.get("reason"));
        assertTrue(escalations(caseId, "RETURNED_REPEATEDLY").isEmpty(), "one return is not bouncing yet");

        dispatch(DISPATCHER, caseId, "{\"unitId\":\"xd.a.a3.cgj\"}").statusCode(200).body("attempt", equalTo(2));
        support.returned(caseId, "xd.a.a3.cgj", "A3区城市管理局", "属住建局职责");

        await().atMost(Duration.ofSeconds(30)).until(() -> escalations(caseId, "RETURNED_REPEATEDLY").size() == 1);
        JsonNode escalated = escalations(caseId, "RETURNED_REPEATEDLY").get(0);
        assertEquals(2, escalated.path("returns").asInt());
        assertEquals("xd.a.a3", escalated.path("supervisingUnitId").asText());
        List<String> holders = escalated.path("holds").findValuesAsText("unitId");
        assertEquals(List.of("xd.a.a3.zjj", "xd.a.zwj", "xd.a.a3.cgj", "xd.a.zwj"), holders);
        for (JsonNode hold : escalated.path("holds")) {
            assertTrue(hold.path("seconds").asLong() >= 0);
            assertTrue(hold.hasNonNull("from") && hold.hasNonNull("to"));
        }
    }

    @Test
    void aReturnFromAUnitThatNoLongerHoldsTheCaseIsIgnored() {
        String caseId = caseWithTheA3HousingBureau();
        support.returned(caseId, "xd.a.jyj", "A市教育局", "不是本局的事");
        support.returned(caseId, "xd.a.a3.zjj", "A3区住房和城乡建设局", "不属本局");
        // One case's events are applied in order: when the second return shows, the first was seen and ignored.
        await().atMost(Duration.ofSeconds(30)).until(() -> queueItem(caseId) != null);
        assertEquals(1, queueItem(caseId).get("returns"));
        @SuppressWarnings("unchecked") Map<String, Object> returnedBy = (Map<String, Object>) queueItem(caseId).get("returnedBy");
        assertEquals("xd.a.a3.zjj", returnedBy.get("unitId"));
    }

    @Test
    void aReturnDeliveredTwiceCountsOnce() {
        String caseId = caseWithTheA3HousingBureau();
        String eventId = java.util.UUID.randomUUID().toString();
        String body = """
                {"caseId":"%s","unitId":"xd.a.a3.zjj","unitName":"A3区住房和城乡建设局","responderId":"xd.a.a3.zjj.1",
                 "responderName":"某某","reason":"不属本局","note":null,"at":"2026-11-23T10:00:00Z"}""".formatted(caseId);
        support.kafka.sendEvent(gov.petition.events.Topics.HANDLING, eventId, EventTypes.CASE_RETURNED, caseId, body);
        var again = support.kafka.sendEventRecord(gov.petition.events.Topics.HANDLING, eventId, EventTypes.CASE_RETURNED, caseId, body);
        await().atMost(Duration.ofSeconds(30)).until(() -> support.kafka.committedPast("routing-service", again));
        await().atMost(Duration.ofSeconds(10)).until(() -> queueItem(caseId) != null);
        assertEquals(1, queueItem(caseId).get("returns"));
    }

    private List<JsonNode> escalations(String caseId, String trigger) {
        return support.events(caseId, EventTypes.CASE_ESCALATED).stream().filter(e -> trigger.equals(e.path("trigger").asText())).toList();
    }

    @Test
    void aCaseNotAcceptedInTimeIsEscalatedOnceAndOfferedForReRoutingWhileAnAcceptedOneIsNot() {
        String accepted = caseWithTheA3HousingBureau();
        support.accepted(accepted, "xd.a.a3.zjj");
        String late = caseWithTheA3HousingBureau();
        String later = caseWithTheA3HousingBureau();

        JsonNode escalated = support.await(late, EventTypes.CASE_ESCALATED, 1).get(0);
        assertEquals("UNACCEPTED_TOO_LONG", escalated.path("trigger").asText());
        assertEquals("xd.a.a3", escalated.path("supervisingUnitId").asText());
        assertEquals("xd.a.a3.zjj", escalated.path("holds").get(0).path("unitId").asText());
        assertTrue(escalated.path("holds").get(0).path("seconds").asLong() >= 5);
        await().atMost(Duration.ofSeconds(10)).until(() -> queueItem(late) != null);
        assertEquals("REROUTE", queueItem(late).get("reason"));

        support.await(later, EventTypes.CASE_ESCALATED, 1);
        assertEquals(1, support.events(late, EventTypes.CASE_ESCALATED).size(), "fires once");
        assertTrue(support.events(accepted, EventTypes.CASE_ESCALATED).isEmpty(), "accepted in time");

        // Re-routing a case its unit has not accepted counts towards bouncing like a return.
        dispatch(DISPATCHER, late, "{\"unitId\":\"xd.a.a3.zjj\"}").statusCode(409);
        dispatch(DISPATCHER, late, "{\"unitId\":\"xd.a.a3.cgj\"}").statusCode(200).body("returns", equalTo(1));
    }
}
