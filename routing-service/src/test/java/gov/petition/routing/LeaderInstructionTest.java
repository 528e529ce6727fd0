package gov.petition.routing;

import com.fasterxml.jackson.databind.JsonNode;
import gov.petition.events.EventTypes;
import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static gov.petition.routing.RoutingTestSupport.newCaseId;
import static gov.petition.routing.RoutingTestSupport.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_routing_test"))
class LeaderInstructionTest {

    private static final String MAYOR = "xd.a.2";

    private RoutingTestSupport support;

    @BeforeEach
    void connect() {
        support = new RoutingTestSupport();
    }

    @AfterEach
    void close() {
        support.close();
    }

    private String caseForTheLeader() {
        String caseId = newCaseId();
        JsonNode routed = support.receiveAndAwaitRouting(caseId, "举报干部", "反映某街道干部在拆迁中收受好处、违规操作的问题。",
                "纪检监察", "xd.a.a3", null);
        assertEquals("xd.a", routed.path("unitId").asText());
        assertEquals("LEADER", routed.path("reason").asText());
        assertTrue(routed.path("leaderRequired").asBoolean());
        assertEquals(1, routed.path("attempt").asInt());
        return caseId;
    }

    private static ValidatableResponse instruct(String officialId, String caseId, String body) {
        return given().auth().oauth2(token(officialId)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cases/{c}/instruction", caseId).then();
    }

    @Test
    void aLeaderMandatoryCaseGoesToTheLeaderAndTheInstructionRoutesItToTheNamedUnit() {
        String caseId = caseForTheLeader();

        instruct(MAYOR, caseId, "{\"instruction\":\"请市纪委监委核查处理，15日内报结果\",\"unitId\":\"xd.a.jw\",\"note\":\"从严\"}")
                .statusCode(200)
                .body("unitId", equalTo("xd.a.jw")).body("reason", equalTo("INSTRUCTION"))
                .body("routedBy", equalTo(MAYOR)).body("attempt", equalTo(2));

        JsonNode instructed = support.await(caseId, EventTypes.CASE_INSTRUCTED, 1).get(0);
        assertEquals(MAYOR, instructed.path("leaderId").asText());
        assertEquals("龙娜桂", instructed.path("leaderName").asText());
        assertEquals("请市纪委监委核查处理，15日内报结果", instructed.path("instruction").asText());
        assertEquals("xd.a.jw", instructed.path("unitId").asText());
        assertEquals("A市纪委监委", instructed.path("unitName").asText());
        List<JsonNode> routed = support.await(caseId, EventTypes.CASE_ROUTED, 2);
        JsonNode second = routed.get(1);
        assertEquals("xd.a.jw", second.path("unitId").asText());
        assertEquals("INSTRUCTION", second.path("reason").asText());
        assertEquals(MAYOR, second.path("routedBy").asText());
        assertEquals(2, second.path("attempt").asInt());
        assertFalse(second.path("leaderRequired").asBoolean());
    }

    @Test
    void twoLeadersInstructingAtOnceLeaveExactlyOneInstruction() throws Exception {
        String caseId = caseForTheLeader();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (String leader : List.of(MAYOR, "xd.a.1")) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return instruct(leader, caseId, "{\"instruction\":\"请核查\",\"unitId\":\"xd.a.jw\"}").extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            statuses.sort(null);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        support.await(caseId, EventTypes.CASE_ROUTED, 2);
        assertEquals(1, support.events(caseId, EventTypes.CASE_INSTRUCTED).size());
        assertEquals(2, support.events(caseId, EventTypes.CASE_ROUTED).size());
    }

    @Test
    void previewShowsAMentionOfAMajorEmergencyGoesToTheLeader() {
        given().contentType(ContentType.JSON).body("{\"title\":\"工地塔吊存在重大安全隐患\",\"category\":\"城乡建设\",\"regionCode\":\"xd.a.a3\"}")
                .when().post("/api/v1/routing/preview")
                .then().statusCode(200)
                .body("unitId", equalTo("xd.a")).body("reason", equalTo("LEADER")).body("leaderRequired", equalTo(true));
    }

    @Test
    void onlyALeaderOfTheHoldingUnitMayInstruct() {
        String caseId = caseForTheLeader();
        String body = "{\"instruction\":\"请办理\",\"unitId\":\"xd.a.jw\"}";
        instruct("xd.a.jyj.1", caseId, body).statusCode(403).contentType("application/problem+json");
        instruct("xd.a.a3.1", caseId, body).statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:petition:problem:forbidden"));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/cases/{c}/instruction", caseId)
                .then().statusCode(401).contentType("application/problem+json");
        assertTrue(support.events(caseId, EventTypes.CASE_INSTRUCTED).isEmpty());
    }

    @Test
    void anInstructionNamingAnUnknownUnitOrForACaseNotAwaitingOneIsRefused() {
        String caseId = caseForTheLeader();
        instruct(MAYOR, caseId, "{\"instruction\":\"请办理\",\"unitId\":\"xd.a.nowhere\"}")
                .statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("unitId"));
        instruct(MAYOR, caseId, "{\"unitId\":\"xd.a.jw\"}")
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("instruction"));
        instruct(MAYOR, caseId, "{\"instruction\":\"请办理\",\"unitId\":\"xd.a.jw\"}").statusCode(200);
        instruct(MAYOR, caseId, "{\"instruction\":\"再次批示\",\"unitId\":\"xd.a.zjj\"}")
                .statusCode(409).contentType("application/problem+json");
        instruct(MAYOR, newCaseId(), "{\"instruction\":\"请办理\",\"unitId\":\"xd.a.jw\"}")
                .statusCode(404).contentType("application/problem+json");
        assertEquals(1, support.events(caseId, EventTypes.CASE_INSTRUCTED).size());
    }
}
