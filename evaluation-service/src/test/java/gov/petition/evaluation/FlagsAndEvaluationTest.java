package gov.petition.evaluation;

import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.infra.DevTokens;
import gov.petition.infra.KafkaProbe;
import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Flags by the consecutive-month rules in the report, the ranking and the bulletin; a unit's third-party evaluation. */
@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_evaluation_test"))
class FlagsAndEvaluationTest {

    private static String supervisor() {
        return DevTokens.sign(new DevTokens.Official("t.sup", "陈督查", "督查专员", "xd.a.zwj", Set.of("official", "supervisor")));
    }

    @Test
    void theBottomCompletionRateTwoMonthsRunningIsCalledInAndTheUnitCanBeEvaluated() {
        // A month range of its own (no other test writes there), in the past so its bulletin may go out.
        YearMonth second = YearMonth.of(1800 + (int) (Math.random() * 90), 3);
        YearMonth first = second.minusMonths(1);
        String lagging = "xd.a.a8.lag-" + UUID.randomUUID();
        String leading = "xd.a.a8.lead-" + UUID.randomUUID();
        List<RecordMetadata> last = new ArrayList<>();
        List<String> laggingCompleted = new ArrayList<>();
        try (KafkaProbe kafka = new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            for (YearMonth month : List.of(first, second)) {
                for (String unit : List.of(lagging, leading)) {
                    for (int i = 0; i < 2; i++) {
                        String caseId = "F-" + UUID.randomUUID();
                        String day = month + "-1" + i + "T02:00:00Z";
                        kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, """
                                {"caseId":"%s","trackingCode":"ABCDEFGHJK","channel":"APP","externalId":"%s","title":"t","content":"c",
                                 "disclosure":"PRIVATE","receivedAt":"%s"}""".formatted(caseId, caseId, day));
                        kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_ACCEPTED, caseId, handling(caseId, unit, "\"replyDue\":\"" + day + "\",", day));
                        // The lagging unit completes one case of two each month, the leading unit both.
                        if (unit.equals(leading) || i == 0) {
                            last.add(kafka.sendEventRecord(Topics.HANDLING, UUID.randomUUID().toString(), EventTypes.CASE_COMPLETED, caseId,
                                    handling(caseId, unit, "", day)));
                            if (unit.equals(lagging) && month.equals(second)) {
                                laggingCompleted.add(caseId);
                            }
                        }
                    }
                }
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> last.stream().allMatch(r -> kafka.committedPast("evaluation-service", r)));

            JsonPath report = JsonPath.from(given().when().get("/api/v1/reports/" + second).then().statusCode(200).extract().asString());
            assertEquals(List.of("CALLED_IN"), report.getList("units.find { it.unitId == '%s' }.flags".formatted(lagging)));
            assertEquals(List.of(), report.getList("units.find { it.unitId == '%s' }.flags".formatted(leading)));

            given().queryParam("by", "COMPLETION_RATE").when().get("/api/v1/reports/{p}/ranking", second.toString()).then().statusCode(200)
                    .body("items.unitId", equalTo(List.of(leading, lagging)))
                    .body("items[1].flags", equalTo(List.of("CALLED_IN")))
                    .body("flagged[0].unitId", equalTo(lagging))
                    .body("flagged[0].months", equalTo(List.of(first.toString(), second.toString())));

            given().auth().oauth2(supervisor()).when().post("/api/v1/reports/{p}/bulletin", second.toString()).then().statusCode(201)
                    .body("flagged[0].unitId", equalTo(lagging)).body("flagged[0].flag", equalTo("CALLED_IN"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(1, kafka.readAll(Topics.EVALUATION).stream()
                    .filter(r -> second.toString().equals(r.key()) && EventTypes.BULLETIN_PUBLISHED.equals(KafkaProbe.header(r, "ce_type")))
                    .count()));
        }

        // Mianyang: a random sample of the unit's completed cases, scored by a random panel.
        JsonPath evaluation = JsonPath.from(given().auth().oauth2(supervisor())
                .when().post("/api/v1/units/{u}/evaluations/{p}", lagging, second.toString()).then().statusCode(200)
                .body("kind", equalTo("UNIT")).body("panel", hasSize(5)).body("sample", equalTo(laggingCompleted)).extract().asString());
        String id = evaluation.getString("reviewId");
        given().auth().oauth2(supervisor()).when().post("/api/v1/units/{u}/evaluations/{p}", lagging, second.toString())
                .then().statusCode(200).body("reviewId", equalTo(id));
        String member = evaluation.getString("panel[1].memberId");
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON)
                .body(Map.of("memberId", member, "caseId", "F-not-sampled", "finding", "x", "score", 50))
                .when().post("/api/v1/reviews/{id}/findings", id).then().statusCode(400);
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON)
                .body(Map.of("memberId", member, "caseId", laggingCompleted.get(0), "finding", "办理及时", "score", 101))
                .when().post("/api/v1/reviews/{id}/findings", id).then().statusCode(400);
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON)
                .body(Map.of("memberId", member, "caseId", laggingCompleted.get(0), "finding", "办理及时，答复清楚", "score", 85))
                .when().post("/api/v1/reviews/{id}/findings", id).then().statusCode(200).body("averageScore", equalTo(85.0f));
        given().auth().oauth2(supervisor()).when().post("/api/v1/units/{u}/evaluations/{p}", leading, "1700-01").then().statusCode(409);
        given().auth().oauth2(supervisor()).when().post("/api/v1/units/{u}/evaluations/{p}", leading, "1700-13").then().statusCode(400);
    }

    private static String handling(String caseId, String unit, String extra, String at) {
        return """
                {"caseId":"%s","unitId":"%s","unitName":"A8区单位","responderId":"r","responderName":"钟新浩",%s"at":"%s"}"""
                .formatted(caseId, unit, extra, at);
    }
}
