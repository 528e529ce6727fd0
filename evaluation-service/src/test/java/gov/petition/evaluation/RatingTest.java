package gov.petition.evaluation;

import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.infra.KafkaProbe;
import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_evaluation_test"))
class RatingTest {

    private static final String CODE = "K7QM2X9PRT";

    private static KafkaProbe kafka() {
        return new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    private static int rate(String caseId, String code, String rating, boolean solved) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("trackingCode", code, "rating", rating, "solved", solved, "comment", "还是没有解决"))
                .when().post("/api/v1/cases/{caseId}/rating", caseId).then().extract().statusCode();
    }

    private static void reply(KafkaProbe kafka, String caseId, String unit, OffsetDateTime at) {
        kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_REPLIED, caseId, """
                {"caseId":"%s","unitId":"%s","unitName":"A3区教育局","responderId":"r","responderName":"钟新浩",
                 "reply":"已处理","at":"%s"}""".formatted(caseId, unit, at));
    }

    private static List<JsonPath> evaluationEvents(KafkaProbe kafka, String caseId, String type) {
        return kafka.readAll(Topics.EVALUATION).stream()
                .filter(r -> caseId.equals(r.key()) && type.equals(KafkaProbe.header(r, "ce_type")))
                .map(KafkaProbe::body).map(JsonPath::from).toList();
    }

    private static JsonPath unitFigures(YearMonth month, String unit) {
        return JsonPath.from(given().when().get("/api/v1/reports/" + month).then().statusCode(200).extract().asString())
                .setRoot("units.find { it.unitId == '%s' }".formatted(unit));
    }

    @Test
    void aCitizenRatesEachReplyOnceAndUnsatisfiedReopensUpToTheConfiguredRounds() {
        String caseId = "R-" + UUID.randomUUID();
        String unit = "xd.a.a3.t-" + UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        OffsetDateTime receivedAt = now.minusMinutes(50);
        try (KafkaProbe kafka = kafka()) {
            kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, """
                    {"caseId":"%s","trackingCode":"%s","channel":"APP","externalId":"%s","title":"t","content":"c",
                     "disclosure":"PRIVATE","receivedAt":"%s"}""".formatted(caseId, CODE, caseId, receivedAt));
            kafka.sendEvent(Topics.ROUTING, EventTypes.CASE_ROUTED, caseId, """
                    {"caseId":"%s","unitId":"%s","unitName":"A3区教育局","reason":"RULE","confidence":0.9,"routedAt":"%s"}"""
                    .formatted(caseId, unit, receivedAt.plusSeconds(1)));

            // Known case, nothing replied yet: 409 (until received is applied, the case is unknown: 404).
            await().atMost(Duration.ofSeconds(30)).until(() -> rate(caseId, CODE, "SATISFIED", true) == 409);
            assertEquals(404, rate(caseId, "WRONGCODE1", "SATISFIED", true), "a wrong code answers like an unknown case");
            assertEquals(404, rate("R-" + UUID.randomUUID(), CODE, "SATISFIED", true));
            given().contentType(ContentType.JSON).body(Map.of("trackingCode", CODE, "rating", "SO_SO", "solved", true))
                    .when().post("/api/v1/cases/{caseId}/rating", caseId).then().statusCode(400)
                    .contentType("application/problem+json");

            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_ACCEPTED, caseId, """
                    {"caseId":"%s","unitId":"%s","unitName":"A3区教育局","responderId":"r","responderName":"钟新浩",
                     "replyDue":"%s","at":"%s"}""".formatted(caseId, unit, now.minusMinutes(5), receivedAt.plusMinutes(5)));
            reply(kafka, caseId, unit, receivedAt.plusMinutes(20));

            // Round 1: unsatisfied and unsolved reopens; rating it again is a conflict.
            await().atMost(Duration.ofSeconds(30)).until(() -> rate(caseId, CODE, "UNSATISFIED", false) == 200);
            assertEquals(409, rate(caseId, CODE, "SATISFIED", true));

            // Round 2 starts with the unit's next reply; a late copy of the first reply does not start one.
            reply(kafka, caseId, unit, receivedAt.plusMinutes(10));
            reply(kafka, caseId, unit, receivedAt.plusMinutes(30));
            await().atMost(Duration.ofSeconds(30)).until(() -> rate(caseId, CODE, "UNSATISFIED", false) == 200);
            assertEquals(409, rate(caseId, CODE, "UNSATISFIED", false));

            // Round 3: the two reopening rounds are used up, so the rating counts but the case is not reopened.
            reply(kafka, caseId, unit, receivedAt.plusMinutes(40));
            await().atMost(Duration.ofSeconds(30)).until(() -> rate(caseId, CODE, "UNSATISFIED", false) == 200);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<JsonPath> rated = evaluationEvents(kafka, caseId, EventTypes.CASE_RATED);
                assertEquals(List.of(1, 2, 3), rated.stream().map(j -> j.getInt("round")).sorted().toList());
                rated.forEach(j -> {
                    assertEquals("UNSATISFIED", j.getString("rating"));
                    assertEquals(unit, j.getString("unitId"));
                    assertFalse(j.getBoolean("solved"));
                });
                List<JsonPath> reopened = evaluationEvents(kafka, caseId, EventTypes.CASE_REOPENED);
                assertEquals(List.of(1, 2), reopened.stream().map(j -> j.getInt("round")).sorted().toList());
                assertEquals("群众不满意 / citizen unsatisfied", reopened.get(0).getString("reason"));
                assertEquals("A3区教育局", reopened.get(0).getString("unitName"));
                // Still unsatisfied after the last reopening round: third-party review, with a panel from the pool.
                List<JsonPath> review = evaluationEvents(kafka, caseId, EventTypes.REVIEW_OPENED);
                assertEquals(1, review.size());
                assertEquals(5, review.get(0).getList("panel").size());
            });
            List<ConsumerRecord<String, byte[]>> all = kafka.readAll(Topics.EVALUATION);
            all.stream().filter(r -> caseId.equals(r.key()))
                    .forEach(r -> assertFalse(KafkaProbe.body(r).contains(CODE), "the tracking code never leaves in an event"));
        }

        // The figures: one case received, accepted and replied on time; its latest rating counts once.
        YearMonth receivedMonth = YearMonth.from(receivedAt.atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")));
        JsonPath received = unitFigures(receivedMonth, unit);
        assertEquals(1, received.getInt("received"));
        assertEquals(1, received.getInt("accepted"));
        assertEquals(1.0f, received.getFloat("acceptanceRate"));
        YearMonth dueMonth = YearMonth.from(now.minusMinutes(5).atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")));
        JsonPath due = unitFigures(dueMonth, unit);
        assertEquals(1, due.getInt("repliesDue"));
        assertEquals(1, due.getInt("repliedOnTime"));
        assertEquals(1.0f, due.getFloat("replyRate"));
        JsonPath rated = unitFigures(YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")), unit);
        assertEquals(1, rated.getInt("rated"));
        assertEquals(1, rated.getInt("unsatisfied"));
        assertEquals(0, rated.getInt("solved"));
        assertEquals(0.0f, rated.getFloat("satisfactionRate"));
        assertEquals(0.0f, rated.getFloat("resolutionRate"));
    }

    @Test
    void theReportComesAsCsvWithAByteOrderMark() {
        byte[] byAccept = given().accept("text/csv").when().get("/api/v1/reports/2031-01").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asByteArray();
        byte[] bySuffix = given().when().get("/api/v1/reports/2031-01.csv").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"report-2031-01.csv\"")).extract().asByteArray();
        for (byte[] csv : List.of(byAccept, bySuffix)) {
            assertEquals((byte) 0xEF, csv[0]);
            assertEquals((byte) 0xBB, csv[1]);
            assertEquals((byte) 0xBF, csv[2]);
        }
        given().when().get("/api/v1/reports/2031-01").then().statusCode(200).contentType(ContentType.JSON)
                .body("period", equalTo("2031-01")).body("city.unitId", equalTo("xd.a"));
    }
}
