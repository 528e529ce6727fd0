package gov.petition.handling;

import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.infra.DevTokens;
import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static gov.petition.handling.HandlingFixtures.newCaseId;
import static gov.petition.handling.HandlingFixtures.queueItem;
import static gov.petition.handling.HandlingFixtures.rows;
import static gov.petition.handling.HandlingFixtures.send;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_handling_test"))
class TimeLimitPolicyApiTest {

    private static final String UNIT = "xd.a.jyj";
    private static final String CATEGORY = "时限测试类";
    private static final String POLICY = """
            {"rules":[
              {"name":"紧急公共安全：3小时处置、24小时修复（成都井盖规则）","urgency":"URGENT","limits":[
                {"step":"HANDLE","kind":"CALENDAR_HOURS","amount":3,"from":"RECEIVED"},
                {"step":"FIX","kind":"CALENDAR_HOURS","amount":24,"from":"RECEIVED"}]},
              {"name":"时限测试：1小时签收、10小时答复","category":"%s","limits":[
                {"step":"SIGN","kind":"CALENDAR_HOURS","amount":1,"from":"ROUTED"},
                {"step":"REPLY","kind":"CALENDAR_HOURS","amount":10,"from":"ROUTED"}]},
              {"name":"一般诉求：2个工作小时签收、1个工作日受理、5个工作日答复（平湖、萧山）","limits":[
                {"step":"SIGN","kind":"WORKING_HOURS","amount":2,"from":"ROUTED"},
                {"step":"ACCEPT","kind":"WORKING_DAYS","amount":1,"from":"ROUTED"},
                {"step":"REPLY","kind":"WORKING_DAYS","amount":5,"from":"ROUTED"}]}]}""".formatted(CATEGORY);

    private static String routed(String caseId, String category, OffsetDateTime at) {
        return """
                {"caseId":"%s","unitId":"%s","unitName":"教育局","officialId":null,"category":"%s",
                 "reason":"RULE","confidence":0.8,"routedAt":"%s"}""".formatted(caseId, UNIT, category, at);
    }

    private static String received(String caseId, String title, String content, OffsetDateTime at) {
        return """
                {"caseId":"%s","trackingCode":"ABCDEFGHJK","channel":"HOTLINE_12345","externalId":"%s","title":"%s",
                 "content":"%s","category":"城乡建设","citizen":{"anonymous":true},
                 "disclosure":"PUBLIC","receivedAt":"%s"}""".formatted(caseId, UUID.randomUUID(), title, content, at);
    }

    private static OffsetDateTime time(Map<String, Object> item, String field) {
        Object value = item.get(field);
        return value == null ? null : OffsetDateTime.parse((String) value);
    }

    private static Map<String, Object> awaitItem(String token, String caseId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> queueItem(token, UNIT, caseId) != null);
        return queueItem(token, UNIT, caseId);
    }

    @Test
    void aSupervisorReplacesThePolicyAndANewlyRoutedCaseGetsItsDeadlines() throws Exception {
        String supervisor = DevTokens.forOfficial("xd.a.zwj.1");
        given().auth().oauth2(supervisor).contentType("application/json").body(POLICY)
                .when().put("/api/v1/time-limits").then().statusCode(200)
                .body("rules.size()", equalTo(3)).body("rules[1].category", equalTo(CATEGORY));
        assertEquals(List.of(List.of("3", "array")),
                rows("select count(*), min(jsonb_typeof(limits)) from time_limit_rule"));
        given().auth().oauth2(DevTokens.forOfficial("xd.a.jyj.1")).when().get("/api/v1/time-limits").then().statusCode(200)
                .body("rules.name", hasItems("时限测试：1小时签收、10小时答复"))
                .body("rules[1].limits[1].kind", equalTo("CALENDAR_HOURS")).body("rules[1].limits[1].amount", equalTo(10));

        String token = DevTokens.forOfficial("xd.a.jyj.1");
        String caseId = newCaseId();
        OffsetDateTime routedAt = OffsetDateTime.parse("2026-11-23T01:30:00Z");
        send(Topics.ROUTING, EventTypes.CASE_ROUTED, caseId, routed(caseId, CATEGORY, routedAt));
        Map<String, Object> item = awaitItem(token, caseId);
        assertEquals("时限测试：1小时签收、10小时答复；一般诉求：2个工作小时签收、1个工作日受理、5个工作日答复（平湖、萧山）",
                item.get("timeLimitRule"), "both rules gave a limit");
        assertTrue(routedAt.plusHours(1).isEqual(time(item, "signDue")), "signDue " + item.get("signDue"));
        assertTrue(routedAt.plusHours(10).isEqual(time(item, "replyDue")), "replyDue " + item.get("replyDue"));
        // the category rule says nothing of accepting: the routine working day applies (Monday 09:30 -> Tuesday 17:00)
        assertTrue(OffsetDateTime.parse("2026-11-24T09:00:00Z").isEqual(time(item, "acceptDue")), "acceptDue " + item.get("acceptDue"));

        // other categories keep the routine rule
        String other = newCaseId();
        send(Topics.ROUTING, EventTypes.CASE_ROUTED, other, routed(other, "教育文体", routedAt));
        Map<String, Object> routine = awaitItem(token, other);
        assertTrue(((String) routine.get("timeLimitRule")).startsWith("一般诉求"));
        assertNotNull(routine.get("acceptDue"));
    }

    @Test
    void anInvalidPolicyIsRefusedFieldByFieldAndNothingChanges() throws Exception {
        String supervisor = DevTokens.forOfficial("xd.a.zwj.1");
        List<Object> before = given().auth().oauth2(supervisor).when().get("/api/v1/time-limits")
                .then().statusCode(200).extract().jsonPath().getList("rules");
        List<List<String>> rowsBefore = rows("select position, name, cast(limits as text) from time_limit_rule order by position");
        String invalid = """
                {"rules":[
                  {"name":"无效规则","urgency":"VERY","limits":[
                    {"step":"LUNCH","kind":"WORKING_HOURS","amount":2,"from":"ROUTED"},
                    {"step":"REPLY","kind":"FORTNIGHTS","amount":0,"from":"LATER"}]},
                  {"name":"最后一条只管热线","channel":"HOTLINE_12345","limits":[
                    {"step":"SIGN","kind":"WORKING_HOURS","amount":-1,"from":"ROUTED"}]}]}""";
        given().auth().oauth2(supervisor).contentType("application/json").body(invalid)
                .when().put("/api/v1/time-limits").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("rules[0].urgency", "rules[0].limits[0].step", "rules[0].limits[1].kind",
                        "rules[0].limits[1].amount", "rules[0].limits[1].from", "rules[1].limits[0].amount", "rules[1]"));
        assertEquals(before, given().auth().oauth2(supervisor).when().get("/api/v1/time-limits")
                .then().statusCode(200).extract().jsonPath().getList("rules"));
        assertEquals(rowsBefore, rows("select position, name, cast(limits as text) from time_limit_rule order by position"));

        given().auth().oauth2(DevTokens.forOfficial("xd.a.jyj.1")).contentType("application/json").body(POLICY)
                .when().put("/api/v1/time-limits").then().statusCode(403);
        given().contentType("application/json").body(POLICY).when().put("/api/v1/time-limits").then().statusCode(401);
    }

    @Test
    void aCaseMentioningAManholeCoverGetsHandleAndFixDeadlines() throws Exception {
        String token = DevTokens.forOfficial("xd.a.jyj.1");
        OffsetDateTime receivedAt = OffsetDateTime.parse("2026-11-23T13:10:00Z"); // 21:10 in Beijing: calendar time
        String caseId = newCaseId();
        send(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, received(caseId, "小区门口井盖丢失", "晚上路过差点掉下去，很危险", receivedAt));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !rows("select urgency from work_item where case_id = ?", caseId).isEmpty());
        send(Topics.ROUTING, EventTypes.CASE_ROUTED, caseId, routed(caseId, "城乡建设", receivedAt.plusMinutes(20)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> item = queueItem(token, UNIT, caseId);
            assertNotNull(item);
            assertEquals("URGENT", item.get("urgency"));
            assertTrue(receivedAt.plusHours(3).isEqual(time(item, "handleDue")), "handleDue " + item.get("handleDue"));
            assertTrue(receivedAt.plusHours(24).isEqual(time(item, "fixDue")), "fixDue " + item.get("fixDue"));
            assertTrue(((String) item.get("timeLimitRule")).startsWith("紧急公共安全"));
        });
        assertEquals("井盖", rows("select urgent_keyword from work_item where case_id = ?", caseId).get(0).get(0));

        // routing first, then the received event: the urgent rule still applies
        String late = newCaseId();
        send(Topics.ROUTING, EventTypes.CASE_ROUTED, late, routed(late, "城乡建设", receivedAt.plusMinutes(5)));
        awaitItem(token, late);
        send(Topics.INTAKE, EventTypes.CASE_RECEIVED, late, received(late, "路边燃气泄漏", "闻到很浓的气味", receivedAt));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> item = queueItem(token, UNIT, late);
            assertEquals("URGENT", item.get("urgency"));
            assertTrue(receivedAt.plusHours(3).isEqual(time(item, "handleDue")), "handleDue " + item.get("handleDue"));
            assertTrue(receivedAt.plusHours(24).isEqual(time(item, "fixDue")), "fixDue " + item.get("fixDue"));
        });

        // an ordinary case stays on the routine rule
        String plain = newCaseId();
        send(Topics.INTAKE, EventTypes.CASE_RECEIVED, plain, received(plain, "楼道灯不亮", "三楼楼道灯坏了", receivedAt));
        send(Topics.ROUTING, EventTypes.CASE_ROUTED, plain, routed(plain, "城乡建设", receivedAt.plusMinutes(5)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> item = queueItem(token, UNIT, plain);
            assertNotNull(item);
            assertEquals("NORMAL", item.get("urgency"));
            assertNull(item.get("handleDue"));
            assertNotNull(item.get("signDue"));
        });
    }
}
