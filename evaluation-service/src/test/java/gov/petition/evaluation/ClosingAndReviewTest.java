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
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Return visits and closing, the not-rated timeout, third-party review, bulletins, repeated problems and hot spots. */
@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_evaluation_test"))
class ClosingAndReviewTest {

    private static final String CODE = "K7QM2X9PRT";
    // An official of A3区教育局 in the fixture directory, and a supervisor of the service bureau.
    private static final String UNIT = "xd.a.a3.jyj";

    private static KafkaProbe kafka() {
        return new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    private static String token(String unitId) throws Exception {
        return DevTokens.sign(new DevTokens.Official("t." + unitId, "钟新浩", "科员", unitId, java.util.Set.of("official")));
    }

    private static String supervisor() {
        return DevTokens.sign(new DevTokens.Official("t.sup", "陈督查", "督查专员", "xd.a.zwj", java.util.Set.of("official", "supervisor")));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    private static void received(KafkaProbe kafka, String caseId, String phone, String title, String content, String region, OffsetDateTime at) {
        kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, """
                {"caseId":"%s","trackingCode":"%s","channel":"APP","externalId":"%s","title":"%s","content":"%s",
                 "citizen":{"name":"李四","phone":"%s","anonymous":false},%s
                 "disclosure":"PRIVATE","receivedAt":"%s"}""".formatted(caseId, CODE, caseId, title, content, phone,
                region == null ? "" : "\"location\":{\"regionCode\":\"" + region + "\"},", at));
    }

    private static void handling(KafkaProbe kafka, String type, String caseId, String unit, String extra, OffsetDateTime at) {
        kafka.sendEvent(Topics.HANDLING, type, caseId, """
                {"caseId":"%s","unitId":"%s","unitName":"A3区教育局","responderId":"r","responderName":"钟新浩",%s"at":"%s"}"""
                .formatted(caseId, unit, extra, at));
    }

    private static void routed(KafkaProbe kafka, String caseId, String unit, OffsetDateTime at) {
        kafka.sendEvent(Topics.ROUTING, EventTypes.CASE_ROUTED, caseId, """
                {"caseId":"%s","unitId":"%s","unitName":"A3区教育局","reason":"RULE","confidence":0.9,"routedAt":"%s"}"""
                .formatted(caseId, unit, at));
    }

    private static List<JsonPath> events(KafkaProbe kafka, String key, String type) {
        return kafka.readAll(Topics.EVALUATION).stream()
                .filter(r -> key.equals(r.key()) && type.equals(KafkaProbe.header(r, "ce_type")))
                .map(KafkaProbe::body).map(JsonPath::from).toList();
    }

    private static int rate(String caseId, String rating, boolean solved) {
        return given().contentType(ContentType.JSON).body(Map.of("trackingCode", CODE, "rating", rating, "solved", solved))
                .when().post("/api/v1/cases/{caseId}/rating", caseId).then().extract().statusCode();
    }

    @Test
    void completionSchedulesOneReturnVisitAndRecordingItClosesTheCase() throws Exception {
        String caseId = "C-" + UUID.randomUUID();
        OffsetDateTime at = now().minusHours(2);
        try (KafkaProbe kafka = kafka()) {
            received(kafka, caseId, "13900139001", "路灯不亮", "小区门口路灯坏了一个月", null, at);
            routed(kafka, caseId, UNIT, at.plusSeconds(1));
            String completed = UUID.randomUUID().toString();
            String body = """
                    {"caseId":"%s","unitId":"%s","unitName":"A3区教育局","responderId":"r","responderName":"钟新浩","at":"%s"}"""
                    .formatted(caseId, UNIT, at.plusHours(1));
            kafka.sendEvent(Topics.HANDLING, completed, EventTypes.CASE_COMPLETED, caseId, body);
            kafka.sendEvent(Topics.HANDLING, completed, EventTypes.CASE_COMPLETED, caseId, body); // redelivered
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_COMPLETED, caseId, body); // re-emitted under a new id

            await().atMost(Duration.ofSeconds(30)).until(() -> events(kafka, caseId, EventTypes.RETURN_VISIT_SCHEDULED).size() == 1);
            JsonPath scheduled = events(kafka, caseId, EventTypes.RETURN_VISIT_SCHEDULED).get(0);
            assertEquals(at.plusHours(1).plusDays(7).toInstant(), OffsetDateTime.parse(scheduled.getString("due")).toInstant());

            // Another unit's official may not record it; a bad outcome is refused; nothing stored.
            given().auth().oauth2(token("xd.a.a5.jyj")).contentType(ContentType.JSON).body(Map.of("outcome", "SOLVED"))
                    .when().post("/api/v1/cases/{caseId}/return-visit", caseId).then().statusCode(403);
            given().auth().oauth2(token(UNIT)).contentType(ContentType.JSON).body(Map.of("outcome", "MAYBE"))
                    .when().post("/api/v1/cases/{caseId}/return-visit", caseId).then().statusCode(400)
                    .contentType("application/problem+json");
            given().contentType(ContentType.JSON).body(Map.of("outcome", "SOLVED"))
                    .when().post("/api/v1/cases/{caseId}/return-visit", caseId).then().statusCode(401);

            given().auth().oauth2(token(UNIT)).contentType(ContentType.JSON).body(Map.of("outcome", "SOLVED", "note", "电话回访，已修复"))
                    .when().post("/api/v1/cases/{caseId}/return-visit", caseId).then().statusCode(200)
                    .body("closed", equalTo(true)).body("closedReason", equalTo("RETURN_VISIT"));
            given().auth().oauth2(token(UNIT)).contentType(ContentType.JSON).body(Map.of("outcome", "SOLVED"))
                    .when().post("/api/v1/cases/{caseId}/return-visit", caseId).then().statusCode(409);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertEquals("SOLVED", events(kafka, caseId, EventTypes.CASE_RETURN_VISITED).get(0).getString("outcome"));
                List<JsonPath> closed = events(kafka, caseId, EventTypes.CASE_CLOSED);
                assertEquals(1, closed.size());
                assertEquals("RETURN_VISIT", closed.get(0).getString("reason"));
            });
        }
    }

    @Test
    void aDeclinedCaseIsClosedOnce() {
        String caseId = "C-" + UUID.randomUUID();
        OffsetDateTime at = now().minusHours(1);
        try (KafkaProbe kafka = kafka()) {
            String id = UUID.randomUUID().toString();
            String body = """
                    {"caseId":"%s","unitId":"%s","unitName":"A3区教育局","responderId":"r","responderName":"钟新浩",
                     "reason":"已进入诉讼程序","rule":"LITIGATION","at":"%s"}""".formatted(caseId, UNIT, at);
            kafka.sendEvent(Topics.HANDLING, id, EventTypes.CASE_REJECTED, caseId, body);
            kafka.sendEvent(Topics.HANDLING, id, EventTypes.CASE_REJECTED, caseId, body);
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_REJECTED, caseId, body);
            await().atMost(Duration.ofSeconds(30)).until(() -> !events(kafka, caseId, EventTypes.CASE_CLOSED).isEmpty());
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> events(kafka, caseId, EventTypes.CASE_CLOSED).size() == 1);
            assertEquals("REJECTED", events(kafka, caseId, EventTypes.CASE_CLOSED).get(0).getString("reason"));
        }
    }

    @Test
    void aReplyNotRatedInTimeExpiresOnceAndCountsAsNotRated() {
        String caseId = "C-" + UUID.randomUUID();
        String unit = "xd.a.a4.t-" + UUID.randomUUID();
        // Replied 16 days ago: the 15-day rating time has run out.
        OffsetDateTime repliedAt = now().minusDays(16);
        try (KafkaProbe kafka = kafka()) {
            received(kafka, caseId, "13900139002", "噪音扰民", "夜间施工噪音", null, repliedAt.minusDays(2));
            routed(kafka, caseId, unit, repliedAt.minusDays(2).plusSeconds(1));
            String id = UUID.randomUUID().toString();
            String body = """
                    {"caseId":"%s","unitId":"%s","unitName":"A4区","responderId":"r","responderName":"钟新浩","reply":"已处理","at":"%s"}"""
                    .formatted(caseId, unit, repliedAt);
            kafka.sendEvent(Topics.HANDLING, id, EventTypes.CASE_REPLIED, caseId, body);
            kafka.sendEvent(Topics.HANDLING, id, EventTypes.CASE_REPLIED, caseId, body);

            await().atMost(Duration.ofSeconds(30)).until(() -> events(kafka, caseId, EventTypes.CASE_RATING_EXPIRED).size() == 1);
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_REPLIED, caseId, body); // a late copy does not re-arm the clock
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6))
                    .until(() -> events(kafka, caseId, EventTypes.CASE_RATING_EXPIRED).size() == 1);
            assertEquals(1, events(kafka, caseId, EventTypes.CASE_RATING_EXPIRED).get(0).getInt("round"));
        }
        assertEquals(409, rate(caseId, "SATISFIED", true), "an expired round can no longer be rated");
        YearMonth month = YearMonth.from(repliedAt.plusDays(15).atZoneSameInstant(ZoneId.of("Asia/Shanghai")));
        JsonPath figures = JsonPath.from(given().when().get("/api/v1/reports/" + month).then().statusCode(200).extract().asString())
                .setRoot("units.find { it.unitId == '%s' }".formatted(unit));
        assertEquals(1, figures.getInt("notRated"));
        assertEquals(0, figures.getInt("rated"));
        assertEquals(0, figures.getInt("satisfied"));
    }

    @Test
    void aStaffReviewHasARandomPanelFindingsAndAnUpheldConclusionClosesTheCase() throws Exception {
        String caseId = "C-" + UUID.randomUUID();
        OffsetDateTime at = now().minusHours(3);
        try (KafkaProbe kafka = kafka()) {
            received(kafka, caseId, "13900139003", "拆迁补偿争议", "补偿标准不合理", null, at);
            routed(kafka, caseId, UNIT, at.plusSeconds(1));
            await().atMost(Duration.ofSeconds(30)).until(() -> rate(caseId, "SATISFIED", true) == 409);
        }
        given().auth().oauth2(supervisor()).when().get("/api/v1/review-pool").then().statusCode(200).body("size()", equalTo(16));
        JsonPath opened = JsonPath.from(given().auth().oauth2(supervisor()).contentType(ContentType.JSON)
                .body(Map.of("reason", "群众申请第三方评议")).when().post("/api/v1/cases/{caseId}/review", caseId)
                .then().statusCode(200).body("panel", hasSize(5)).extract().asString());
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/cases/{caseId}/review", caseId).then().statusCode(409);
        List<String> roles = opened.getList("panel.role");
        assertEquals(4, roles.stream().distinct().count(), "one of each role: " + roles);
        String reviewId = opened.getString("reviewId");
        String member = opened.getString("panel[0].memberId");

        given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body(Map.of("memberId", "pool.nobody", "finding", "x"))
                .when().post("/api/v1/reviews/{id}/findings", reviewId).then().statusCode(400);
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body(Map.of("memberId", member, "finding", "答复依据充分"))
                .when().post("/api/v1/reviews/{id}/findings", reviewId).then().statusCode(200).body("findings", hasSize(1));
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body(Map.of("conclusion", "UPHELD", "summary", "答复合法合理"))
                .when().post("/api/v1/reviews/{id}/conclusion", reviewId).then().statusCode(200).body("conclusion", equalTo("UPHELD"));
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON).body(Map.of("conclusion", "UPHELD", "summary", "again"))
                .when().post("/api/v1/reviews/{id}/conclusion", reviewId).then().statusCode(409);

        try (KafkaProbe kafka = kafka()) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertEquals(5, events(kafka, caseId, EventTypes.REVIEW_OPENED).get(0).getList("panel").size());
                assertEquals("UPHELD", events(kafka, caseId, EventTypes.REVIEW_CONCLUDED).get(0).getString("conclusion"));
                assertEquals("REVIEW", events(kafka, caseId, EventTypes.CASE_CLOSED).get(0).getString("reason"));
            });
        }
    }

    @Test
    void aReviewNotUpholdingTheReplySendsTheCaseBackToTheUnitOnce() throws Exception {
        String caseId = "C-" + UUID.randomUUID();
        OffsetDateTime at = now().minusHours(3);
        try (KafkaProbe kafka = kafka()) {
            received(kafka, caseId, "13900139004", "征地补偿争议", "补偿款至今未到位", null, at);
            routed(kafka, caseId, UNIT, at.plusSeconds(1));
            handling(kafka, EventTypes.CASE_REPLIED, caseId, UNIT, "\"reply\":\"补偿款已按标准发放。\",", at.plusHours(1));
            // the review can be opened once evaluation has the case and its reply
            await().atMost(Duration.ofSeconds(30)).until(() -> given().contentType(ContentType.JSON)
                    .body(Map.of("trackingCode", CODE, "rating", "BASICALLY_SATISFIED", "solved", true))
                    .when().post("/api/v1/cases/{caseId}/rating", caseId).then().extract().statusCode() == 200);
        }
        String reviewId = given().auth().oauth2(supervisor()).contentType(ContentType.JSON)
                .body(Map.of("reason", "群众申请第三方评议")).when().post("/api/v1/cases/{caseId}/review", caseId)
                .then().statusCode(200).extract().path("reviewId");
        given().auth().oauth2(supervisor()).contentType(ContentType.JSON)
                .body(Map.of("conclusion", "NOT_UPHELD", "summary", "补偿款发放记录不全，答复依据不足"))
                .when().post("/api/v1/reviews/{id}/conclusion", reviewId).then().statusCode(200).body("conclusion", equalTo("NOT_UPHELD"));

        try (KafkaProbe kafka = kafka()) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<JsonPath> reopened = events(kafka, caseId, EventTypes.CASE_REOPENED);
                assertEquals(1, reopened.size());
                assertEquals(1, reopened.get(0).getInt("round"));
                assertEquals(UNIT, reopened.get(0).getString("unitId"));
                assertTrue(reopened.get(0).getString("reason").contains("答复依据不足"), reopened.get(0).getString("reason"));
            });
            assertEquals(0, events(kafka, caseId, EventTypes.CASE_CLOSED).size(), "not upheld: the case stays open");
        }
    }

    @Test
    void theSameCitizensSameProblemUnresolvedTwiceGoesToSupervision() {
        String phone = "139" + (10000000 + (int) (Math.random() * 89999999));
        String first = "C-" + UUID.randomUUID();
        String second = "C-" + UUID.randomUUID();
        String other = "C-" + UUID.randomUUID();
        OffsetDateTime at = now().minusDays(1);
        try (KafkaProbe kafka = kafka()) {
            received(kafka, first, phone, "小区电梯经常停运", "老旧小区电梯经常停运，老人上下楼困难", null, at);
            received(kafka, other, phone, "学校门口交通拥堵", "上下学时段学校门口车辆乱停", null, at);
            received(kafka, second, "+86 " + phone, "电梯又停运了", "小区电梯还是经常停运，老人上下楼困难", null, at.plusHours(5));
            for (String c : List.of(first, second, other)) {
                routed(kafka, c, UNIT, at.plusMinutes(1));
                handling(kafka, EventTypes.CASE_REPLIED, c, UNIT, "\"reply\":\"已处理\",", at.plusHours(6));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> rate(first, "UNSATISFIED", false) == 200);
            await().atMost(Duration.ofSeconds(30)).until(() -> rate(other, "UNSATISFIED", false) == 200);
            assertTrue(events(kafka, other, EventTypes.PROBLEM_RECURRED).isEmpty());
            await().atMost(Duration.ofSeconds(30)).until(() -> rate(second, "BASICALLY_SATISFIED", false) == 200);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<JsonPath> recurred = events(kafka, second, EventTypes.PROBLEM_RECURRED);
                assertEquals(1, recurred.size());
                assertEquals(List.of(first), recurred.get(0).getList("earlierCaseIds"));
                assertEquals(UNIT, recurred.get(0).getString("unitId"));
            });
        }
    }

    @Test
    void manySimilarCasesInOnePlaceMakeAHotSpotReportedUnderOneId() {
        String district = "xd.a.a" + (100 + (int) (Math.random() * 800000));
        OffsetDateTime at = now().minusDays(2);
        try (KafkaProbe kafka = kafka()) {
            String[] texts = {"老旧小区电梯经常停运，老人上下楼困难", "小区电梯老旧经常停运，老人出行困难",
                    "电梯停运一周，老旧小区老人上下楼困难", "老旧电梯又停运了，老人被困"};
            for (int i = 0; i < texts.length; i++) {
                String caseId = "H-" + UUID.randomUUID();
                received(kafka, caseId, "1380000" + (1000 + i), "电梯停运", texts[i], null, at.plusHours(i));
                routed(kafka, caseId, district + ".zjj", at.plusHours(i).plusSeconds(1));
            }
            received(kafka, "H-" + UUID.randomUUID(), "13800009999", "学校门口拥堵", "上下学时段车辆乱停", null, at);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("place", district).when().get("/api/v1/hotspots")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].caseCount", equalTo(4))
                .body("items[0].trend", equalTo("RISING")).body("items[0].placeName", equalTo(district.substring(5).toUpperCase() + "区")));
        String id = given().queryParam("place", district).when().get("/api/v1/hotspots").then().extract().path("items[0].hotspotId");
        try (KafkaProbe kafka = kafka()) {
            // Three then four cases: two detections under one id, the second with all four cases.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<JsonPath> detected = events(kafka, id, EventTypes.HOTSPOT_DETECTED);
                assertEquals(2, detected.size());
                assertEquals(4, detected.get(1).getList("caseIds").size());
                assertTrue(detected.get(1).getList("keywords").contains("电梯"), detected.get(1).getList("keywords").toString());
            });
        }
    }

    @Test
    void theBulletinIsPublishedOncePerEndedPeriod() {
        String period = "20" + (40 + (int) (Math.random() * 50)) + "-0" + (1 + (int) (Math.random() * 9));
        // Past periods only: a far-future one has not ended.
        given().auth().oauth2(supervisor()).when().post("/api/v1/reports/{p}/bulletin", period).then().statusCode(409);
        String past = "19" + (50 + (int) (Math.random() * 49)) + "-0" + (1 + (int) (Math.random() * 9));
        given().auth().oauth2(supervisor()).when().post("/api/v1/reports/{p}/bulletin", past).then().statusCode(201)
                .body("period", equalTo(past));
        given().auth().oauth2(supervisor()).when().post("/api/v1/reports/{p}/bulletin", past).then().statusCode(200);
        given().when().post("/api/v1/reports/{p}/bulletin", past).then().statusCode(401);
        try (KafkaProbe kafka = kafka()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> events(kafka, past, EventTypes.BULLETIN_PUBLISHED).size() == 1);
        }
        given().queryParam("by", "satisfaction").when().get("/api/v1/reports/{p}/ranking", past).then().statusCode(200)
                .body("by", equalTo("SATISFACTION"));
        given().queryParam("by", "loudness").when().get("/api/v1/reports/{p}/ranking", past).then().statusCode(400);
    }
}
