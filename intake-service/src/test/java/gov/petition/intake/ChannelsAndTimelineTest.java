package gov.petition.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.infra.KafkaProbe;
import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_intake_test"))
class ChannelsAndTimelineTest {

    private static final String HOTLINE_KEY = "test-only-hotline-key";

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private static String hotlineCall(String externalId, String details) {
        return """
                {"channel":"HOTLINE_12345","externalId":"%s","title":"路灯不亮","content":"A1区荷花园街道人民路路灯一周不亮，夜里行人看不清路。",
                 "location":{"regionCode":"xd.a.a1.s1"},"citizen":{"name":"李四","phone":"13900139000","anonymous":false}%s}
                """.formatted(externalId, details == null ? "" : ",\"channelDetails\":" + details);
    }

    @Test
    void aHotlineCallNeedsTheCallIdAndTheAgentWhoRecordedIt() throws Exception {
        String externalId = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("X-Channel-Key", HOTLINE_KEY).body(hotlineCall(externalId, null))
                .when().post("/api/v1/petitions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("channelDetails.callId", "channelDetails.agentId"));

        String caseId = given().contentType(ContentType.JSON).header("X-Channel-Key", HOTLINE_KEY)
                .body(hotlineCall(externalId, """
                        {"callId":"12345-20261123-0931-0042","agentId":"agent-017","agentName":"张丽"}"""))
                .when().post("/api/v1/petitions")
                .then().statusCode(202).header("Idempotent-Replayed", "false")
                .extract().path("caseId");

        // The received event tells routing and the unit who recorded the call.
        ObjectMapper json = new ObjectMapper();
        try (KafkaProbe kafka = new KafkaProbe(bootstrap())) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode received = kafka.readAll(Topics.INTAKE).stream()
                        .filter(r -> caseId.equals(r.key()))
                        .map(r -> {
                            try {
                                return json.readTree(KafkaProbe.body(r));
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .filter(n -> n.has("trackingCode")).findFirst().orElseThrow();
                assertEquals("agent-017", received.path("channelDetails").path("agentId").asText());
                assertEquals("12345-20261123-0931-0042", received.path("channelDetails").path("callId").asText());
            });
        }
    }

    @Test
    void fieldsOfAnotherChannelAndUnknownRegionsAreRefusedAndNothingIsStored() {
        String externalId = UUID.randomUUID().toString();
        String body = """
                {"channel":"MAILBOX","externalId":"%s","title":"路灯不亮","content":"路灯一周不亮。",
                 "location":{"regionCode":"xd.a.a99"},"channelDetails":{"callId":"c-1"}}
                """.formatted(externalId);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/petitions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:petition:problem:validation"))
                .body("errors.field", containsInAnyOrder("channelDetails.callId", "location.regionCode"));
        // A department is not a place either.
        given().contentType(ContentType.JSON).body(body.replace("xd.a.a99", "xd.a.jyj").replace("\"callId\"", "\"x\""))
                .when().post("/api/v1/petitions")
                .then().statusCode(400).body("errors.field", contains("location.regionCode"));
        // Nothing was stored: the same message, now valid, is a new case.
        given().contentType(ContentType.JSON)
                .body(body.replace("xd.a.a99", "xd.a.a1.s1").replace(",\"channelDetails\":{\"callId\":\"c-1\"}", ""))
                .when().post("/api/v1/petitions")
                .then().statusCode(202).header("Idempotent-Replayed", "false");
    }

    @Test
    void theCitizenSeesDeadlinesMovedByAnExtensionAndTheCaseClosed() throws Exception {
        JsonPath answer = given().contentType(ContentType.JSON).body(PetitionResourceTest.petition(UUID.randomUUID().toString()))
                .when().post("/api/v1/petitions").then().statusCode(202).extract().jsonPath();
        String caseId = answer.getString("caseId");
        String code = answer.getString("trackingCode");
        String unit = "\"unitId\":\"xd.a.a3.zjj\",\"unitName\":\"A3区住房和城乡建设局\"";
        try (KafkaProbe kafka = new KafkaProbe(bootstrap())) {
            kafka.sendEvent(Topics.ROUTING, EventTypes.CASE_ROUTED, caseId, """
                    {"caseId":"%s",%s,"reason":"RULE","confidence":0.9,"routedAt":"2026-11-23T01:00:00Z"}""".formatted(caseId, unit));
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_SIGNED, caseId, """
                    {"caseId":"%s",%s,"responderId":"o1","responderName":"王敏","acceptDue":"2026-11-24T01:00:00Z",
                     "at":"2026-11-23T02:00:00Z"}""".formatted(caseId, unit));
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_ACCEPTED, caseId, """
                    {"caseId":"%s",%s,"responderId":"o1","responderName":"王敏","replyDue":"2026-11-30T10:00:00Z",
                     "at":"2026-11-23T03:00:00Z"}""".formatted(caseId, unit));
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_DEADLINE_WARNED, caseId, """
                    {"caseId":"%s",%s,"step":"REPLY","due":"2026-11-30T10:00:00Z","at":"2026-11-28T01:00:00Z"}"""
                    .formatted(caseId, unit));
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_EXTENSION_DECIDED, caseId, """
                    {"caseId":"%s","extensionId":"e1",%s,"granted":true,"until":"2026-12-07T10:00:00Z",
                     "deciderId":"o9","deciderName":"李强","at":"2026-11-28T02:00:00Z"}""".formatted(caseId, unit));
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_REPLIED, caseId, """
                    {"caseId":"%s",%s,"responderId":"o1","responderName":"王敏","reply":"已督促物业维修。",
                     "at":"2026-12-01T02:00:00Z"}""".formatted(caseId, unit));
            kafka.sendEvent(Topics.EVALUATION, EventTypes.CASE_CLOSED, caseId, """
                    {"caseId":"%s","unitId":"xd.a.a3.zjj","reason":"RETURN_VISIT","at":"2026-12-10T02:00:00Z"}""".formatted(caseId));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("trackingCode", code)
                .when().get("/api/v1/petitions/{id}", caseId)
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("urgency", nullValue())
                .body("deadlines.find { it.kind == 'REPLY' }.due", equalTo("2026-12-07T10:00:00Z"))
                .body("deadlines.find { it.kind == 'REPLY' }.met", equalTo(true))
                .body("deadlines.find { it.kind == 'ACCEPT' }.met", equalTo(true))
                .body("timeline.type", hasItem(EventTypes.CASE_EXTENSION_DECIDED))
                .body("timeline.type", not(hasItem(EventTypes.CASE_DEADLINE_WARNED)))
                .body("timeline.find { it.type == 'gov.petition.case.extension-decided' }.by", equalTo("李强"))
                // one unit held it from routing until it was closed (lengths: TimelineProjectionTest)
                .body("holds", org.hamcrest.Matchers.hasSize(1))
                .body("holds[0].unitId", equalTo("xd.a.a3.zjj"))
                .body("holds[0].to", org.hamcrest.Matchers.notNullValue()));
    }

    @Test
    void theCitizenSeesAnUrgentCaseMadeSafeOnSiteAndRepairedAgainstItsTwoDeadlines() throws Exception {
        JsonPath answer = given().contentType(ContentType.JSON).body("""
                        {"channel":"APP","externalId":"%s","title":"人民路井盖丢失","content":"A3区人民路12号门口井盖丢失，夜里有人差点掉下去。",
                         "location":{"regionCode":"xd.a.a3"},"citizen":{"name":"张三","phone":"13800138000","anonymous":false}}
                        """.formatted(UUID.randomUUID()))
                .when().post("/api/v1/petitions").then().statusCode(202).extract().jsonPath();
        String caseId = answer.getString("caseId");
        String code = answer.getString("trackingCode");
        String unit = "\"unitId\":\"xd.a.a3.cgj\",\"unitName\":\"A3区城市管理局\"";
        try (KafkaProbe kafka = new KafkaProbe(bootstrap())) {
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_MARKED_URGENT, caseId, """
                    {"caseId":"%s","keyword":"井盖","rule":"紧急公共安全：3小时处置、24小时修复（成都井盖规则）",
                     "handleDue":"2026-11-23T06:05:00Z","fixDue":"2026-11-24T03:05:00Z","at":"2026-11-23T03:05:01Z"}"""
                    .formatted(caseId));
            kafka.sendEvent(Topics.ROUTING, EventTypes.CASE_ROUTED, caseId, """
                    {"caseId":"%s",%s,"reason":"RULE","confidence":0.9,"routedAt":"2026-11-23T03:05:02Z"}""".formatted(caseId, unit));
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_SIGNED, caseId, """
                    {"caseId":"%s",%s,"responderId":"o1","responderName":"王敏","acceptDue":"2026-11-24T01:00:00Z",
                     "at":"2026-11-23T03:20:00Z"}""".formatted(caseId, unit));
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_HANDLED, caseId, """
                    {"caseId":"%s",%s,"responderId":"o1","responderName":"王敏","measures":"已到场设置围挡和警示标志，安排专人值守。",
                     "note":null,"handleDue":"2026-11-23T06:05:00Z","onTime":true,"at":"2026-11-23T04:00:00Z"}""".formatted(caseId, unit));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("trackingCode", code)
                .when().get("/api/v1/petitions/{id}", caseId)
                .then().statusCode(200)
                .body("timeline.type", hasItem(EventTypes.CASE_HANDLED))
                .body("status", equalTo("SIGNED")) // made safe is a step, not a status
                .body("urgency.keyword", equalTo("井盖"))
                .body("urgency.rule", equalTo("紧急公共安全：3小时处置、24小时修复（成都井盖规则）"))
                .body("urgency.since", org.hamcrest.Matchers.notNullValue())
                .body("deadlines.find { it.kind == 'HANDLE' }.due", equalTo("2026-11-23T06:05:00Z"))
                .body("deadlines.find { it.kind == 'HANDLE' }.met", equalTo(true))
                .body("deadlines.find { it.kind == 'FIX' }.due", equalTo("2026-11-24T03:05:00Z"))
                .body("deadlines.find { it.kind == 'FIX' }.met", equalTo(false))
                .body("timeline.find { it.type == 'gov.petition.case.marked-urgent' }.text",
                        org.hamcrest.Matchers.startsWith("已列为紧急公共安全事项（井盖）：须于 11月23日 14:05 前现场处置、11月24日 11:05 前修复 / "))
                .body("timeline.find { it.type == 'gov.petition.case.handled' }.by", equalTo("王敏"))
                .body("timeline.find { it.type == 'gov.petition.case.handled' }.unitId", equalTo("xd.a.a3.cgj"))
                .body("timeline.find { it.type == 'gov.petition.case.handled' }.text",
                        equalTo("A3区城市管理局 已现场处置：已到场设置围挡和警示标志，安排专人值守。 / made safe on site by A3区城市管理局")));

        // the repair comes after its deadline: completed meets FIX, and the miss stays on record
        try (KafkaProbe kafka = new KafkaProbe(bootstrap())) {
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_DEADLINE_MISSED, caseId, """
                    {"caseId":"%s",%s,"step":"FIX","due":"2026-11-24T03:05:00Z","at":"2026-11-24T03:05:01Z"}""".formatted(caseId, unit));
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_COMPLETED, caseId, """
                    {"caseId":"%s",%s,"responderId":"o1","responderName":"王敏","note":"井盖已更换","at":"2026-11-24T05:00:00Z"}"""
                    .formatted(caseId, unit));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("trackingCode", code)
                .when().get("/api/v1/petitions/{id}", caseId)
                .then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("deadlines.kind", containsInAnyOrder("HANDLE", "FIX", "ACCEPT"))
                .body("deadlines.find { it.kind == 'FIX' }.met", equalTo(true))
                .body("deadlines.find { it.kind == 'FIX' }.missed", equalTo(true))
                .body("deadlines.find { it.kind == 'HANDLE' }.missed", equalTo(false))
                .body("urgency.keyword", equalTo("井盖")));
    }
}
