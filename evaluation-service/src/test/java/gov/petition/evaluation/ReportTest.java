package gov.petition.evaluation;

import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.infra.KafkaProbe;
import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_evaluation_test"))
class ReportTest {

    private static int received(String unit) {
        Integer n = given().when().get("/api/v1/reports/2031-03").then().statusCode(200)
                .extract().path("units.find { it.unitId == '%s' }.received".formatted(unit));
        return n == null ? 0 : n;
    }

    @Test
    void receivedCasesAreCountedOncePerUnitEvenWhenRedelivered() {
        String unit = "u-" + UUID.randomUUID();
        try (KafkaProbe kafka = new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            for (int i = 0; i < 3; i++) {
                String caseId = "T-" + UUID.randomUUID();
                String received = """
                        {"caseId":"%s","trackingCode":"ABCDEFGHJK","channel":"APP","externalId":"%s","title":"t","content":"c",
                         "disclosure":"PRIVATE","receivedAt":"2031-03-10T02:00:00Z"}""".formatted(caseId, caseId);
                String routed = """
                        {"caseId":"%s","unitId":"%s","unitName":"单位","reason":"RULE","confidence":0.9,
                         "routedAt":"2031-03-10T02:00:01Z"}""".formatted(caseId, unit);
                String eventId = UUID.randomUUID().toString();
                kafka.sendEvent(Topics.INTAKE, eventId, EventTypes.CASE_RECEIVED, caseId, received);
                kafka.sendEvent(Topics.INTAKE, eventId, EventTypes.CASE_RECEIVED, caseId, received); // redelivered
                kafka.sendEvent(Topics.ROUTING, EventTypes.CASE_ROUTED, caseId, routed);
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> received(unit) == 3);
    }

    @Test
    void redeliveredAndLateEventsLeaveTheFiguresAsIfEachArrivedOnceInOrder() {
        String unit = "xd.a.a7.t-" + UUID.randomUUID();
        String onTime = "T-" + UUID.randomUUID();
        String late = "T-" + UUID.randomUUID();
        List<RecordMetadata> last = new ArrayList<>();
        try (KafkaProbe kafka = new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            // The handling steps arrive before intake's and routing's events: the late ones must still land.
            String accepted = handling(onTime, unit, "\"replyDue\":\"2031-04-10T10:00:00Z\",", "2031-04-03T02:00:00Z");
            String acceptedId = UUID.randomUUID().toString();
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_REPLIED, onTime,
                    handling(onTime, unit, "\"reply\":\"已处理\",", "2031-04-05T02:00:00Z"));
            kafka.sendEvent(Topics.HANDLING, acceptedId, EventTypes.CASE_ACCEPTED, onTime, accepted);
            kafka.sendEvent(Topics.HANDLING, acceptedId, EventTypes.CASE_ACCEPTED, onTime, accepted); // redelivered
            // The same step re-emitted under a new id, later: still one acceptance, with the first deadline.
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_ACCEPTED, onTime,
                    handling(onTime, unit, "\"replyDue\":\"2031-05-30T10:00:00Z\",", "2031-04-04T02:00:00Z"));
            String completed = handling(onTime, unit, "", "2031-04-06T02:00:00Z");
            String completedId = UUID.randomUUID().toString();
            kafka.sendEvent(Topics.HANDLING, completedId, EventTypes.CASE_COMPLETED, onTime, completed);
            last.add(kafka.sendEventRecord(Topics.HANDLING, completedId, EventTypes.CASE_COMPLETED, onTime, completed));

            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_ACCEPTED, late,
                    handling(late, unit, "\"replyDue\":\"2031-04-10T10:00:00Z\",", "2031-04-03T02:00:00Z"));
            last.add(kafka.sendEventRecord(Topics.HANDLING, UUID.randomUUID().toString(), EventTypes.CASE_REPLIED, late,
                    handling(late, unit, "\"reply\":\"已处理\",", "2031-04-12T02:00:00Z")));

            for (String caseId : List.of(onTime, late)) {
                String received = """
                        {"caseId":"%s","trackingCode":"ABCDEFGHJK","channel":"APP","externalId":"%s","title":"t","content":"c",
                         "disclosure":"PRIVATE","receivedAt":"2031-04-02T02:00:00Z"}""".formatted(caseId, caseId);
                String receivedId = UUID.randomUUID().toString();
                kafka.sendEvent(Topics.INTAKE, receivedId, EventTypes.CASE_RECEIVED, caseId, received);
                last.add(kafka.sendEventRecord(Topics.INTAKE, receivedId, EventTypes.CASE_RECEIVED, caseId, received));
                last.add(kafka.sendEventRecord(Topics.ROUTING, UUID.randomUUID().toString(), EventTypes.CASE_ROUTED, caseId, """
                        {"caseId":"%s","unitId":"%s","unitName":"A7区教育局","reason":"RULE","confidence":0.9,
                         "routedAt":"2031-04-02T02:00:01Z"}""".formatted(caseId, unit)));
            }
            // Every copy has been handled once the consumer group committed past the last record of each partition used.
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> last.stream().allMatch(r -> kafka.committedPast("evaluation-service", r)));
        }
        var report = given().when().get("/api/v1/reports/2031-04").then().statusCode(200).extract().jsonPath();
        var f = report.setRoot("units.find { it.unitId == '%s' }".formatted(unit));
        assertEquals(2, f.getInt("received"));
        assertEquals(2, f.getInt("accepted"));
        assertEquals(1, f.getInt("completed"));
        assertEquals(2, f.getInt("repliesDue"));
        assertEquals(1, f.getInt("repliedOnTime"));
        assertEquals(1.0f, f.getFloat("acceptanceRate"));
        assertEquals(0.5f, f.getFloat("replyRate"));
        assertEquals(0.5f, f.getFloat("completionRate"));
        assertNull(f.get("satisfactionRate"));
        // Wed 10:00 to Sat 10:00 is 20 office hours, to the next Sat 55 (7-hour days, weekends not counted): mean 37.5
        assertEquals(37.5f, f.getFloat("avgReplyWorkingHours"));
        assertEquals(List.of(), f.getList("flags"));
        var district = report.setRoot("districts.find { it.unitId == 'xd.a.a7' }");
        assertTrue(district.getInt("received") >= 2);
        assertTrue(report.setRoot("city").getInt("received") >= district.getInt("received"));
    }

    @Test
    void aReplyWithinAGrantedExtensionOrAMovedDeadlineCountsAsOnTime() {
        String unit = "xd.a.a8.t-" + UUID.randomUUID();
        String extended = "T-" + UUID.randomUUID();
        String moved = "T-" + UUID.randomUUID();
        String late = "T-" + UUID.randomUUID();
        List<RecordMetadata> last = new ArrayList<>();
        try (KafkaProbe kafka = new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            for (String caseId : List.of(extended, moved, late)) {
                kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, """
                        {"caseId":"%s","trackingCode":"ABCDEFGHJK","channel":"APP","externalId":"%s","title":"t","content":"c",
                         "disclosure":"PRIVATE","receivedAt":"2031-06-02T02:00:00Z"}""".formatted(caseId, caseId));
                last.add(kafka.sendEventRecord(Topics.ROUTING, UUID.randomUUID().toString(), EventTypes.CASE_ROUTED, caseId, """
                        {"caseId":"%s","unitId":"%s","unitName":"A8区教育局","reason":"RULE","confidence":0.9,
                         "routedAt":"2031-06-02T02:00:01Z"}""".formatted(caseId, unit)));
                kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_ACCEPTED, caseId,
                        handling(caseId, unit, "\"replyDue\":\"2031-06-10T09:00:00Z\",", "2031-06-03T02:00:00Z"));
            }
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_EXTENSION_DECIDED, extended, """
                    {"caseId":"%s","extensionId":"x1","unitId":"%s","unitName":"A8区教育局","granted":true,
                     "until":"2031-06-20T09:00:00Z","deciderId":"xd.a.a8.1","deciderName":"胡华衡","at":"2031-06-09T02:00:00Z"}"""
                    .formatted(extended, unit));
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_DEADLINE_MOVED, moved, """
                    {"caseId":"%s","unitId":"%s","unitName":"A8区教育局","step":"REPLY","previousDue":"2031-06-10T09:00:00Z",
                     "due":"2031-06-17T09:00:00Z","reason":"按2031年节假日安排重新计算答复时限","at":"2031-06-04T02:00:00Z"}"""
                    .formatted(moved, unit));
            for (String caseId : List.of(extended, moved, late)) {
                last.add(kafka.sendEventRecord(Topics.HANDLING, UUID.randomUUID().toString(), EventTypes.CASE_REPLIED, caseId,
                        handling(caseId, unit, "\"reply\":\"已处理\",", "2031-06-16T02:00:00Z")));
            }
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> last.stream().allMatch(r -> kafka.committedPast("evaluation-service", r)));
        }
        var f = given().when().get("/api/v1/reports/2031-06").then().statusCode(200).extract().jsonPath()
                .setRoot("units.find { it.unitId == '%s' }".formatted(unit));
        assertEquals(3, f.getInt("repliesDue"));
        assertEquals(2, f.getInt("repliedOnTime"), "within the granted extension and the moved deadline; the third is late");
    }

    private static String handling(String caseId, String unit, String extra, String at) {
        return """
                {"caseId":"%s","unitId":"%s","unitName":"A7区教育局","responderId":"r","responderName":"钟新浩",%s"at":"%s"}"""
                .formatted(caseId, unit, extra, at);
    }

    @Test
    void aMalformedPeriodIsAProblem() {
        given().when().get("/api/v1/reports/november").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("period"));
    }
}
