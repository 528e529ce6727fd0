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
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static gov.petition.handling.HandlingFixtures.act;
import static gov.petition.handling.HandlingFixtures.now;
import static gov.petition.handling.HandlingFixtures.ofType;
import static gov.petition.handling.HandlingFixtures.post;
import static gov.petition.handling.HandlingFixtures.queueItem;
import static gov.petition.handling.HandlingFixtures.records;
import static gov.petition.handling.HandlingFixtures.routedCase;
import static gov.petition.handling.HandlingFixtures.rows;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_handling_test"))
class ExtensionsAndSupervisionTest {

    private static final String UNIT = "xd.a.jyj";
    private static final String UNIT_NAME = "A市教育局";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static String acceptedCase(String token) {
        String caseId = routedCase(UNIT, UNIT_NAME, now(), token);
        act(token, caseId, "sign", null).statusCode(200);
        act(token, caseId, "accept", null).statusCode(200);
        return caseId;
    }

    private static OffsetDateTime replyDue(String token, String caseId) {
        return OffsetDateTime.parse((String) queueItem(token, UNIT, caseId).get("replyDue"));
    }

    @Test
    void aGrantedExtensionMovesTheReplyDeadlineAndItsTimers() throws Exception {
        String token = DevTokens.forOfficial("xd.a.jyj.1");
        String caseId = acceptedCase(token);
        OffsetDateTime due = replyDue(token, caseId);
        OffsetDateTime until = due.plusDays(7);

        post(token, "/api/v1/cases/{c}/extension", "{\"reason\":\"需协调三方现场会商\",\"until\":\"%s\"}".formatted(due.minusDays(1)), caseId)
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("until"));
        post(token, "/api/v1/cases/{c}/extension", "{\"until\":\"%s\"}".formatted(until), caseId)
                .statusCode(400).body("errors.field", hasItem("reason"));
        String extensionId = post(token, "/api/v1/cases/{c}/extension",
                "{\"reason\":\"需协调市交警支队、学校三方现场会商\",\"until\":\"%s\",\"note\":\"已告知市民\"}".formatted(until), caseId)
                .statusCode(200).body("status", equalTo("REQUESTED")).body("requestedByName", equalTo("钟新浩"))
                .extract().path("extensionId");
        post(token, "/api/v1/cases/{c}/extension", "{\"reason\":\"再次申请\",\"until\":\"%s\"}".formatted(until.plusDays(1)), caseId)
                .statusCode(409).body("detail", containsString("already"));

        // the unit that asked may not decide, even its head; nor an official of another unit
        post(DevTokens.forOfficial("xd.a.jyj.2"), "/api/v1/cases/{c}/extension/{x}/decision", "{\"granted\":true}", caseId, extensionId)
                .statusCode(403);
        post(DevTokens.forOfficial("xd.a.a3.1"), "/api/v1/cases/{c}/extension/{x}/decision", "{\"granted\":true}", caseId, extensionId)
                .statusCode(403);
        post(DevTokens.forOfficial("xd.a.1"), "/api/v1/cases/{c}/extension/{x}/decision", "{}", caseId, extensionId)
                .statusCode(400).body("errors.field", hasItem("granted"));
        post(DevTokens.forOfficial("xd.a.1"), "/api/v1/cases/{c}/extension/{x}/decision", "{\"granted\":true,\"note\":\"同意\"}", caseId, extensionId)
                .statusCode(200).body("status", equalTo("GRANTED")).body("decidedByName", equalTo("胡华衡"));
        post(DevTokens.forOfficial("xd.a.2"), "/api/v1/cases/{c}/extension/{x}/decision", "{\"granted\":false}", caseId, extensionId)
                .statusCode(409);

        Map<String, Object> item = queueItem(token, UNIT, caseId);
        assertTrue(until.isEqual(OffsetDateTime.parse((String) item.get("replyDue"))));
        assertTrue(until.isEqual(OffsetDateTime.parse((String) item.get("nextDue"))));
        assertEquals(List.of(List.of("2")), rows("select count(*) from deadline_timer where case_id = ? and step = 'REPLY' "
                + "and fired_at is null and due = cast(? as timestamptz)", caseId, until.toString()), "the reply timers follow the new deadline");

        await().atMost(WAIT).until(() -> ofType(records(Topics.HANDLING, caseId), EventTypes.CASE_EXTENSION_DECIDED).size() == 1);
        JsonPath requested = JsonPath.from(KafkaProbe.body(ofType(records(Topics.HANDLING, caseId), EventTypes.CASE_EXTENSION_REQUESTED).get(0)));
        assertEquals("需协调市交警支队、学校三方现场会商", requested.getString("reason"));
        assertEquals(extensionId, requested.getString("extensionId"));
        JsonPath decided = JsonPath.from(KafkaProbe.body(ofType(records(Topics.HANDLING, caseId), EventTypes.CASE_EXTENSION_DECIDED).get(0)));
        assertTrue(decided.getBoolean("granted"));
        assertTrue(until.isEqual(OffsetDateTime.parse(decided.getString("until"))));
        assertEquals("xd.a.1", decided.getString("deciderId"));
    }

    @Test
    void aDeniedExtensionLeavesTheDeadlineAndAllowsANewRequest() throws Exception {
        String token = DevTokens.forOfficial("xd.a.jyj.1");
        String caseId = acceptedCase(token);
        OffsetDateTime due = replyDue(token, caseId);
        String extensionId = post(token, "/api/v1/cases/{c}/extension",
                "{\"reason\":\"需要更多时间\",\"until\":\"%s\"}".formatted(due.plusDays(3)), caseId).statusCode(200)
                .extract().path("extensionId");
        post(DevTokens.forOfficial("xd.a.2"), "/api/v1/cases/{c}/extension/{x}/decision", "{\"granted\":false,\"note\":\"理由不充分\"}",
                caseId, extensionId).statusCode(200).body("status", equalTo("DENIED"));
        assertTrue(due.isEqual(replyDue(token, caseId)));
        post(token, "/api/v1/cases/{c}/extension", "{\"reason\":\"补充说明\",\"until\":\"%s\"}".formatted(due.plusDays(2)), caseId)
                .statusCode(200);
    }

    @Test
    void anExtensionIsAskedForOnlyWhileTheReplyDeadlineRuns() throws Exception {
        String token = DevTokens.forOfficial("xd.a.jyj.1");
        String caseId = routedCase(UNIT, UNIT_NAME, now(), token);
        post(token, "/api/v1/cases/{c}/extension", "{\"reason\":\"需要更多时间\",\"until\":\"%s\"}".formatted(now().plusDays(30)), caseId)
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("ROUTED"));
        post(DevTokens.forOfficial("xd.a.zwj.2"), "/api/v1/cases/{c}/extension",
                "{\"reason\":\"需要更多时间\",\"until\":\"%s\"}".formatted(now().plusDays(30)), caseId).statusCode(403);
    }

    @Test
    void aReopenedCaseReturnsToTheUnitWithANewReplyDeadlineOnce() throws Exception {
        String token = DevTokens.forOfficial("xd.a.jyj.1");
        String caseId = acceptedCase(token);
        act(token, caseId, "reply", "{\"reply\":\"已答复。\"}").statusCode(200);
        act(token, caseId, "complete", null).statusCode(200);
        OffsetDateTime at = now();
        String reopened = """
                {"caseId":"%s","unitId":"%s","unitName":"%s","reason":"群众不满意，问题未解决","round":1,"at":"%s"}"""
                .formatted(caseId, UNIT, UNIT_NAME, at);
        org.apache.kafka.clients.producer.RecordMetadata last;
        try (KafkaProbe kafka = new KafkaProbe(HandlingFixtures.bootstrap())) {
            String id = UUID.randomUUID().toString();
            kafka.sendEventRecord(Topics.EVALUATION, id, EventTypes.CASE_REOPENED, caseId, reopened);
            kafka.sendEventRecord(Topics.EVALUATION, id, EventTypes.CASE_REOPENED, caseId, reopened); // redelivered
            // the same round reported again under another id
            last = kafka.sendEventRecord(Topics.EVALUATION, UUID.randomUUID().toString(), EventTypes.CASE_REOPENED, caseId, reopened);
        }
        try (KafkaProbe kafka = new KafkaProbe(HandlingFixtures.bootstrap())) {
            await().atMost(WAIT).until(() -> kafka.committedPast("handling-service", last));
        }
        Map<String, Object> item = queueItem(token, UNIT, caseId);
        assertEquals("REOPENED", item.get("status"));
        assertTrue(OffsetDateTime.parse((String) item.get("replyDue")).isAfter(at.plusDays(4)));
        assertEquals(item.get("replyDue"), item.get("nextDue"));
        assertEquals(List.of(List.of("1")), rows("select count(*) from case_step where case_id = ? and step = 'REOPENED'", caseId));
        act(token, caseId, "contact", "{\"summary\":\"再次电话联系市民\"}").statusCode(200).body("status", equalTo("IN_PROGRESS"));
        act(token, caseId, "reply", "{\"reply\":\"经复查，已重新处理。\"}").statusCode(200).body("status", equalTo("REPLIED"));
    }

    @Test
    void aBouncingCaseAndARecurringProblemOpenOneSupervisionEach() throws Exception {
        String token = DevTokens.forOfficial("xd.a.a3.zjj.1");
        String caseId = routedCase("xd.a.a3.zjj", "A3区住房和城乡建设局", now(), token);
        String escalated = """
                {"caseId":"%s","trigger":"RETURNED_REPEATEDLY","returns":3,"holds":[
                 {"unitId":"xd.a.a1.zjj","unitName":"A1区住房和城乡建设局","from":"2026-11-02T01:00:00Z","to":"2026-11-05T01:00:00Z","seconds":259200},
                 {"unitId":"xd.a.a3.zjj","unitName":"A3区住房和城乡建设局","from":"2026-11-05T01:00:00Z","to":"2026-11-10T01:00:00Z","seconds":432000}],
                 "supervisingUnitId":"xd.a","at":"%s"}""".formatted(caseId, now());
        String recurred = """
                {"caseId":"%s","unitId":"xd.a.a3.zjj","earlierCaseIds":["A2026-10-000001","A2026-09-000007"],"similarity":0.92,"at":"%s"}"""
                .formatted(caseId, now());
        try (KafkaProbe kafka = new KafkaProbe(HandlingFixtures.bootstrap())) {
            kafka.sendEvent(Topics.ROUTING, EventTypes.CASE_ESCALATED, caseId, escalated);
            kafka.sendEvent(Topics.ROUTING, EventTypes.CASE_ESCALATED, caseId, escalated); // reported again: still one open
            kafka.sendEvent(Topics.EVALUATION, EventTypes.PROBLEM_RECURRED, caseId, recurred);
        }
        await().atMost(WAIT).until(() -> ofType(records(Topics.HANDLING, caseId), EventTypes.SUPERVISION_OPENED).size() == 2);
        List<JsonPath> opened = ofType(records(Topics.HANDLING, caseId), EventTypes.SUPERVISION_OPENED).stream()
                .map(r -> JsonPath.from(KafkaProbe.body(r))).toList();
        JsonPath bouncing = opened.stream().filter(o -> o.getString("trigger").equals("BOUNCING")).findFirst().orElseThrow();
        assertEquals("xd.a", bouncing.getString("supervisingUnitId"));
        assertEquals("xd.a.a3.zjj", bouncing.getString("unitId"));
        assertTrue(bouncing.getString("reason").contains("A1区住房和城乡建设局"), bouncing.getString("reason"));
        JsonPath repeated = opened.stream().filter(o -> o.getString("trigger").equals("REPEATED_UNRESOLVED")).findFirst().orElseThrow();
        assertEquals("xd.a.a3", repeated.getString("supervisingUnitId"), "a district department answers to its district");

        // the district's leader sees the district's records and those of its departments; the city's leader all
        List<String> districtView = given().auth().oauth2(DevTokens.forOfficial("xd.a.a3.1")).queryParam("unitId", "xd.a.a3")
                .queryParam("size", 200).when().get("/api/v1/supervisions").then().statusCode(200)
                .extract().path("items.findAll { it.caseId == '%s' }.trigger".formatted(caseId));
        assertTrue(districtView.contains("REPEATED_UNRESOLVED"), districtView.toString());
        List<String> cityView = given().auth().oauth2(DevTokens.forOfficial("xd.a.1")).queryParam("unitId", "xd.a").queryParam("size", 200)
                .when().get("/api/v1/supervisions").then().statusCode(200)
                .extract().path("items.findAll { it.caseId == '%s' }.trigger".formatted(caseId));
        assertEquals(2, cityView.size(), cityView.toString());
        given().auth().oauth2(DevTokens.forOfficial("xd.a.1")).when().get("/api/v1/supervisions")
                .then().statusCode(400).body("errors.field", hasItem("unitId"));
        assertEquals(List.of(List.of("2")), rows("select count(*) from supervision where case_id = ?", caseId));
        String unknown = UUID.randomUUID().toString();
        post(DevTokens.forOfficial("xd.a.1"), "/api/v1/supervisions/{s}/conclude", "{\"outcome\":\"RESOLVED\"}", unknown).statusCode(404);
    }

    @Test
    void anUndecidedRequestIsWithdrawnWhenTheReplyItWasForStopsRunning() throws Exception {
        String token = DevTokens.forOfficial("xd.a.jyj.1");
        String caseId = acceptedCase(token);
        String extensionId = post(token, "/api/v1/cases/{c}/extension", "{\"reason\":\"需现场会商\",\"until\":\"%s\"}"
                .formatted(replyDue(token, caseId).plusDays(5)), caseId).statusCode(200).extract().path("extensionId");
        act(token, caseId, "reply", "{\"reply\":\"已协调解决。\"}").statusCode(200);
        assertEquals(List.of(List.of("WITHDRAWN")), rows("select status from extension_request where extension_id = ?", extensionId));
        post(DevTokens.forOfficial("xd.a.1"), "/api/v1/cases/{c}/extension/{x}/decision", "{\"granted\":true}", caseId, extensionId)
                .statusCode(409).contentType("application/problem+json");

        // reopened by evaluation: a request made in the reopened round is withdrawn when the next round begins
        act(token, caseId, "complete", null).statusCode(200);
        send(1, caseId);
        await().atMost(WAIT).until(() -> "REOPENED".equals(queueItem(token, UNIT, caseId).get("status")));
        OffsetDateTime asked = replyDue(token, caseId).plusDays(5);
        String second = post(token, "/api/v1/cases/{c}/extension", "{\"reason\":\"需再次会商\",\"until\":\"%s\"}"
                .formatted(asked), caseId).statusCode(200).extract().path("extensionId");
        send(2, caseId);
        await().atMost(WAIT).until(() -> rows("select status from extension_request where extension_id = ?", second)
                .equals(List.of(List.of("WITHDRAWN"))));
        post(DevTokens.forOfficial("xd.a.1"), "/api/v1/cases/{c}/extension/{x}/decision", "{\"granted\":true}", caseId, second)
                .statusCode(409);
        assertTrue(!replyDue(token, caseId).isEqual(asked), "the new round's deadline stands, not the withdrawn request's date");
        assertEquals("REOPENED", queueItem(token, UNIT, caseId).get("status"));
    }

    private static void send(int round, String caseId) {
        HandlingFixtures.send(gov.petition.events.Topics.EVALUATION, gov.petition.events.EventTypes.CASE_REOPENED, caseId, """
                {"caseId":"%s","unitId":"%s","unitName":"%s","reason":"群众不满意","round":%d,"at":"%s"}"""
                .formatted(caseId, UNIT, UNIT_NAME, round, now()));
    }
}
