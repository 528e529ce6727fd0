package gov.petition.handling;

import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.infra.DevTokens;
import gov.petition.infra.KafkaProbe;
import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_handling_test"))
class CaseActionsTest {

    private static final String UNIT = "xd.a.jyj";
    private static final String OFFICIAL = "xd.a.jyj.1";
    private static final String OFFICIAL_NAME = "钟新浩";

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** Routes a new case to the unit and waits until it is in the unit's queue. */
    private static String routedCase(String unitId, OffsetDateTime routedAt, String token) {
        String caseId = "T-" + UUID.randomUUID();
        String routed = """
                {"caseId":"%s","unitId":"%s","unitName":"A市教育局","officialId":null,"category":"教育文体",
                 "reason":"RULE","confidence":0.8,"routedAt":"%s"}""".formatted(caseId, unitId, routedAt);
        try (KafkaProbe kafka = new KafkaProbe(bootstrap())) {
            kafka.sendEvent(Topics.ROUTING, EventTypes.CASE_ROUTED, caseId, routed);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(token).queryParam("size", 200)
                .when().get("/api/v1/units/{u}/queue", unitId)
                .then().statusCode(200).extract().jsonPath().getList("items.caseId").contains(caseId));
        return caseId;
    }

    private static String routedCase() throws Exception {
        return routedCase(UNIT, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS), DevTokens.forOfficial(OFFICIAL));
    }

    private static io.restassured.response.ValidatableResponse post(String token, String caseId, String action, String body) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        return request.when().post("/api/v1/cases/{c}/{a}", caseId, action).then();
    }

    /** The case's step events on the handling topic (not the timers' alerts), in the order they were published. */
    private static List<ConsumerRecord<String, byte[]>> handlingEvents(String caseId) {
        try (KafkaProbe kafka = new KafkaProbe(bootstrap())) {
            return kafka.readAll(Topics.HANDLING).stream().filter(r -> caseId.equals(r.key()))
                    .filter(r -> !KafkaProbe.header(r, "ce_type").startsWith("gov.petition.case.deadline-")
                            && !KafkaProbe.header(r, "ce_type").startsWith("gov.petition.supervision."))
                    .sorted(java.util.Comparator.comparingLong(ConsumerRecord::offset)).toList();
        }
    }

    private static List<String> types(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> KafkaProbe.header(r, "ce_type")).toList();
    }

    @Test
    void aCaseIsSignedAcceptedContactedRepliedAndCompletedEachStepAnEventByTheNamedResponder() throws Exception {
        String token = DevTokens.forOfficial(OFFICIAL);
        String caseId = routedCase();

        post(token, caseId, "sign", null).statusCode(200)
                .body("status", equalTo("SIGNED")).body("responderName", equalTo(OFFICIAL_NAME))
                .body("allowedActions", equalTo(List.of("accept", "reject", "return"))).body("nextDue", notNullValue());
        post(token, caseId, "accept", "{\"note\":\"已安排专人跟进\"}").statusCode(200).body("status", equalTo("ACCEPTED"));
        post(token, caseId, "contact", "{\"method\":\"PHONE\",\"summary\":\"已电话联系市民，约定周三上门查看。\"}")
                .statusCode(200).body("status", equalTo("IN_PROGRESS"));
        post(token, caseId, "reply", "{\"reply\":\"经核实，该校已于本周在上下学时段增派交通协管员。\"}")
                .statusCode(200).body("status", equalTo("REPLIED")).body("nextDue", nullValue());
        post(token, caseId, "complete", "{}").statusCode(200).body("status", equalTo("COMPLETED"))
                .body("allowedActions", equalTo(List.of()));

        List<String> expected = List.of(EventTypes.CASE_SIGNED, EventTypes.CASE_ACCEPTED, EventTypes.CASE_CONTACTED,
                EventTypes.CASE_REPLIED, EventTypes.CASE_COMPLETED);
        await().atMost(Duration.ofSeconds(30)).until(() -> types(handlingEvents(caseId)).equals(expected));
        List<ConsumerRecord<String, byte[]>> events = handlingEvents(caseId);
        for (ConsumerRecord<String, byte[]> event : events) {
            JsonPath data = JsonPath.from(KafkaProbe.body(event));
            assertEquals(caseId, KafkaProbe.header(event, "ce_subject"));
            assertEquals(OFFICIAL_NAME, data.getString("responderName"), KafkaProbe.header(event, "ce_type"));
            assertEquals(OFFICIAL, data.getString("responderId"));
            assertEquals(UNIT, data.getString("unitId"));
            assertEquals("A市教育局", data.getString("unitName"));
        }
        assertNotNull(JsonPath.from(KafkaProbe.body(events.get(0))).getString("acceptDue"), "signed carries the accept deadline");
        assertNotNull(JsonPath.from(KafkaProbe.body(events.get(1))).getString("replyDue"), "accepted carries the reply deadline");
        assertEquals("已安排专人跟进", JsonPath.from(KafkaProbe.body(events.get(1))).getString("note"));
        assertEquals("PHONE", JsonPath.from(KafkaProbe.body(events.get(2))).getString("method"));
        assertEquals("经核实，该校已于本周在上下学时段增派交通协管员。", JsonPath.from(KafkaProbe.body(events.get(3))).getString("reply"));
    }

    @Test
    void actionsNeedAnOfficialsBearerToken() throws Exception {
        String caseId = routedCase();
        given().when().post("/api/v1/cases/{c}/sign", caseId)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anOfficialOfAnotherUnitMayNotActOnTheCase() throws Exception {
        String caseId = routedCase();
        post(DevTokens.forOfficial("xd.a.zwj.2"), caseId, "sign", null)
                .statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:petition:problem:forbidden"));
    }

    @Test
    void aReplyBeforeAcceptanceIsAConflictNamingTheStatusAndTheAllowedActions() throws Exception {
        String token = DevTokens.forOfficial(OFFICIAL);
        String caseId = routedCase();
        post(token, caseId, "sign", null).statusCode(200);
        post(token, caseId, "reply", "{\"reply\":\"已处理\"}")
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:petition:problem:conflict"))
                .body("detail", containsString("SIGNED")).body("detail", containsString("accept"));
    }

    @Test
    void aRejectionNeedsAReasonAndARule() throws Exception {
        String token = DevTokens.forOfficial(OFFICIAL);
        String caseId = routedCase();
        post(token, caseId, "sign", null).statusCode(200);
        post(token, caseId, "reject", "{\"rule\":\"已进入诉讼程序\"}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("reason"));
        post(token, caseId, "reject", "{\"reason\":\"该事项已进入诉讼程序，请依法通过司法途径解决。\",\"rule\":\"已进入诉讼程序\"}")
                .statusCode(200).body("status", equalTo("REJECTED"));
        await().atMost(Duration.ofSeconds(30)).until(() -> types(handlingEvents(caseId)).contains(EventTypes.CASE_REJECTED));
        ConsumerRecord<String, byte[]> rejected = handlingEvents(caseId).stream()
                .filter(r -> EventTypes.CASE_REJECTED.equals(KafkaProbe.header(r, "ce_type"))).findFirst().orElseThrow();
        assertEquals("已进入诉讼程序", JsonPath.from(KafkaProbe.body(rejected)).getString("rule"));
    }

    @Test
    void anUnknownCaseIsNotFound() throws Exception {
        post(DevTokens.forOfficial(OFFICIAL), "T-" + UUID.randomUUID(), "sign", null)
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aReturnedCaseLeavesTheUnitsQueueAndAnnouncesTheReason() throws Exception {
        String token = DevTokens.forOfficial(OFFICIAL);
        String caseId = routedCase();
        post(token, caseId, "return", "{}").statusCode(400).body("errors.field", hasItem("reason"));
        post(token, caseId, "return", "{\"reason\":\"该路段由A3区负责管理，不属于本局职责。\"}")
                .statusCode(200).body("status", equalTo("RETURNED")).body("unitId", equalTo(UNIT));
        List<Object> queue = given().auth().oauth2(token).queryParam("size", 200).when().get("/api/v1/units/{u}/queue", UNIT)
                .then().statusCode(200).extract().jsonPath().getList("items.caseId");
        assertFalse(queue.contains(caseId));
        await().atMost(Duration.ofSeconds(30)).until(() -> types(handlingEvents(caseId)).equals(List.of(EventTypes.CASE_RETURNED)));
        JsonPath data = JsonPath.from(KafkaProbe.body(handlingEvents(caseId).get(0)));
        assertEquals(UNIT, data.getString("unitId"));
        assertEquals("该路段由A3区负责管理，不属于本局职责。", data.getString("reason"));
    }

    @Test
    void twoOfficialsSigningAtOnceLeaveExactlyOneSignedEvent() throws Exception {
        String first = DevTokens.forOfficial(OFFICIAL);
        String second = DevTokens.forOfficial("xd.a.jyj.2");
        String caseId = routedCase();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> clicks = new ArrayList<>();
            for (String token : List.of(first, second)) {
                clicks.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    return post(token, caseId, "sign", null).extract().statusCode();
                }, pool));
            }
            start.countDown();
            List<Integer> statuses = clicks.stream().map(CompletableFuture::join).sorted().toList();
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        // a later step of the same case (same key, same partition) arriving proves any second signed event would be there
        post(first, caseId, "accept", null).statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> types(handlingEvents(caseId)).contains(EventTypes.CASE_ACCEPTED));
        assertEquals(List.of(EventTypes.CASE_SIGNED, EventTypes.CASE_ACCEPTED), types(handlingEvents(caseId)));
    }

    @Test
    void theQueueShowsDeadlinesFiltersOverdueWorkAndPutsTheNearestDeadlineFirst() throws Exception {
        // a unit of its own below the city, so the filters see only this test's cases; the city secretary leads it
        String unit = "xd.a.t" + UUID.randomUUID().toString().substring(0, 8);
        String leader = DevTokens.forOfficial("xd.a.1");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        String late = routedCase(unit, now.minusDays(30), leader);
        String fresh = routedCase(unit, now, leader);

        given().auth().oauth2(leader).when().get("/api/v1/units/{u}/queue", unit).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.caseId", equalTo(List.of(late, fresh)))
                .body("items[0].overdue", equalTo(true)).body("items[1].overdue", equalTo(false))
                .body("items[1].signDue", notNullValue()).body("items[1].acceptDue", notNullValue())
                .body("items[1].replyDue", notNullValue()).body("items[1].nextDue", equalTo(
                        given().auth().oauth2(leader).when().get("/api/v1/units/{u}/queue", unit)
                                .then().extract().path("items[1].signDue")));
        given().auth().oauth2(leader).queryParam("overdue", true).when().get("/api/v1/units/{u}/queue", unit)
                .then().statusCode(200).body("items.caseId", equalTo(List.of(late)));
        given().auth().oauth2(leader).queryParam("overdue", false).when().get("/api/v1/units/{u}/queue", unit)
                .then().statusCode(200).body("items.caseId", equalTo(List.of(fresh)));
        given().auth().oauth2(leader).queryParam("dueBefore", now.minusDays(1).toString()).when().get("/api/v1/units/{u}/queue", unit)
                .then().statusCode(200).body("items.caseId", equalTo(List.of(late)));

        post(leader, fresh, "sign", null).statusCode(200);
        given().auth().oauth2(leader).queryParam("status", "SIGNED").when().get("/api/v1/units/{u}/queue", unit)
                .then().statusCode(200).body("items.caseId", equalTo(List.of(fresh)))
                .body("items[0].nextDue", equalTo(given().auth().oauth2(leader).queryParam("status", "SIGNED")
                        .when().get("/api/v1/units/{u}/queue", unit).then().extract().path("items[0].acceptDue")));
        given().auth().oauth2(leader).queryParam("status", "NOT_A_STATUS").when().get("/api/v1/units/{u}/queue", unit)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("status"));
    }

    @Test
    void theActionsAreDocumentedInOpenApi() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/cases/{caseId}/reply'.post.requestBody", notNullValue())
                .body("paths.'/api/v1/cases/{caseId}/sign'.post.responses.'409'", notNullValue())
                .body("components.schemas.RejectRequest.required", hasItem("rule"));
    }
}
