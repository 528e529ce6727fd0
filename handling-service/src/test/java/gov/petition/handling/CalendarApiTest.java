package gov.petition.handling;

import gov.petition.infra.DevTokens;
import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_handling_test"))
class CalendarApiTest {

    // a year far off, so no other test's deadlines depend on it
    private static final String YEAR_2031 = """
            {"source":"国务院办公厅关于2031年部分节假日安排的通知（测试）",
             "holidays":[{"date":"2031-10-01","name":"国庆节"},{"date":"2031-10-02","name":"国庆节"},{"date":"2031-10-03","name":"国庆节"},
                         {"date":"2031-10-04","name":"国庆节"},{"date":"2031-10-05","name":"国庆节"},{"date":"2031-10-06","name":"国庆节"},
                         {"date":"2031-10-07","name":"国庆节"}],
             "workdays":[{"date":"2031-09-28","name":"国庆节调休上班"},{"date":"2031-10-11","name":"国庆节调休上班"}]}""";

    @Test
    void aSupervisorLoadsNextYearsArrangementAndTheCalendarUsesIt() throws Exception {
        String supervisor = DevTokens.forOfficial("xd.a.zwj.1");
        given().auth().oauth2(supervisor).when().get("/api/v1/calendar/2031").then().statusCode(200).body("official", equalTo(false));
        given().auth().oauth2(supervisor).contentType("application/json").body(YEAR_2031)
                .when().put("/api/v1/calendar/2031").then().statusCode(200)
                .body("official", equalTo(true)).body("workdays", equalTo(List.of("2031-09-28", "2031-10-11")));
        given().auth().oauth2(DevTokens.forOfficial("xd.a.jyj.1")).when().get("/api/v1/calendar/2031").then().statusCode(200)
                .body("official", equalTo(true)).body("holidays", hasItems("2031-10-01", "2031-10-07"))
                .body("source", equalTo("国务院办公厅关于2031年部分节假日安排的通知（测试）"));
        // the shipped years stay as they are
        given().auth().oauth2(supervisor).when().get("/api/v1/calendar/2026").then().statusCode(200)
                .body("official", equalTo(true)).body("workdays", hasItem("2026-10-10"));
    }

    @Test
    void anInvalidArrangementIsRefusedDayByDayAndNothingIsStored() throws Exception {
        String supervisor = DevTokens.forOfficial("xd.a.zwj.1");
        String invalid = """
                {"source":"测试","holidays":[{"date":"2032-10-01"},{"date":"2033-01-01"},{"date":"2032-10-01"}],
                 "workdays":[{"date":"2032-10-13","name":"星期三"},{"date":"not a date"}]}""";
        given().auth().oauth2(supervisor).contentType("application/json").body(invalid)
                .when().put("/api/v1/calendar/2032").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("holidays[1].date", "holidays[2].date", "workdays[0].date", "workdays[1].date"));
        given().auth().oauth2(supervisor).when().get("/api/v1/calendar/2032").then().statusCode(200).body("official", equalTo(false));
    }

    @Test
    void onlySupervisorsLoadACalendar() throws Exception {
        given().auth().oauth2(DevTokens.forOfficial("xd.a.jyj.1")).contentType("application/json").body(YEAR_2031)
                .when().put("/api/v1/calendar/2031").then().statusCode(403);
        given().contentType("application/json").body(YEAR_2031).when().put("/api/v1/calendar/2031").then().statusCode(401);
    }

    @Test
    void theNewEndpointsAreDocumentedWithExamples() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/cases/{caseId}/extension'.post.requestBody.content.'application/json'.examples", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/cases/{caseId}/extension/{extensionId}/decision'.post", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/supervisions'.get", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/supervisions/{supervisionId}/conclude'.post.requestBody.content.'application/json'.examples", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/units/{unitId}/queue/stream'.get", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/cases/{caseId}/time-accounting'.get", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/units/{unitId}/time-accounting'.get", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/calendar/{year}'.put.requestBody.content.'application/json'.examples", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void loadingTheArrangementAProvisionalDeadlineCrossedMovesItAndItsTimers() throws Exception {
        String supervisor = DevTokens.forOfficial("xd.a.zwj.1");
        String token = DevTokens.forOfficial("xd.a.jyj.1");
        // routed on Thursday 29 December 2033 at 10:00: neither 2033's nor 2034's arrangement is known, so the reply
        // deadline (5 working days) counts 2 January 2034 as a working Monday: Thursday 5 January, 17:00
        java.time.OffsetDateTime routedAt = java.time.OffsetDateTime.parse("2033-12-29T10:00:00+08:00");
        String caseId = HandlingFixtures.routedCase("xd.a.jyj", "A市教育局", routedAt, token);
        HandlingFixtures.act(token, caseId, "sign", null).statusCode(200);
        HandlingFixtures.act(token, caseId, "accept", null).statusCode(200);
        java.time.OffsetDateTime provisionalDue = java.time.OffsetDateTime.parse("2034-01-05T17:00:00+08:00");
        org.junit.jupiter.api.Assertions.assertTrue(provisionalDue.isEqual(java.time.OffsetDateTime.parse(
                (String) HandlingFixtures.queueItem(token, "xd.a.jyj", caseId).get("replyDue"))));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(List.of("true")),
                HandlingFixtures.rows("select cast(deadlines_provisional as text) from work_item where case_id = ?", caseId));

        // 2033 alone does not settle it: the deadline still reaches into 2034
        given().auth().oauth2(supervisor).contentType("application/json").body("""
                {"source":"2033年部分节假日安排（测试）","holidays":[{"date":"2033-10-03","name":"国庆节"}],"workdays":[]}""")
                .when().put("/api/v1/calendar/2033").then().statusCode(200);
        org.junit.jupiter.api.Assertions.assertTrue(provisionalDue.isEqual(java.time.OffsetDateTime.parse(
                (String) HandlingFixtures.queueItem(token, "xd.a.jyj", caseId).get("replyDue"))));

        // 2034: New Year's Day falls on a Sunday, Monday 2 January is off, so the reply is due Friday 6 January
        given().auth().oauth2(supervisor).contentType("application/json").body("""
                {"source":"2034年部分节假日安排（测试）","holidays":[{"date":"2034-01-01","name":"元旦"},{"date":"2034-01-02","name":"元旦"}],"workdays":[]}""")
                .when().put("/api/v1/calendar/2034").then().statusCode(200)
                .body("deadlinesMoved", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        java.time.OffsetDateTime settled = java.time.OffsetDateTime.parse("2034-01-06T17:00:00+08:00");
        java.util.Map<String, Object> item = HandlingFixtures.queueItem(token, "xd.a.jyj", caseId);
        org.junit.jupiter.api.Assertions.assertTrue(settled.isEqual(java.time.OffsetDateTime.parse((String) item.get("replyDue"))), "replyDue " + item);
        org.junit.jupiter.api.Assertions.assertTrue(settled.isEqual(java.time.OffsetDateTime.parse((String) item.get("nextDue"))));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(List.of("false")),
                HandlingFixtures.rows("select cast(deadlines_provisional as text) from work_item where case_id = ?", caseId));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(List.of("REPLY", "2")), HandlingFixtures.rows(
                "select step, cast(count(*) as text) from deadline_timer where case_id = ? and fired_at is null and due = ? group by step",
                caseId, settled), "both timers follow the new deadline");

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> !HandlingFixtures.ofType(
                HandlingFixtures.records(gov.petition.events.Topics.HANDLING, caseId), gov.petition.events.EventTypes.CASE_DEADLINE_MOVED).isEmpty());
        var moved = HandlingFixtures.ofType(HandlingFixtures.records(gov.petition.events.Topics.HANDLING, caseId),
                gov.petition.events.EventTypes.CASE_DEADLINE_MOVED);
        org.junit.jupiter.api.Assertions.assertEquals(1, moved.size(), "announced once");
        io.restassured.path.json.JsonPath event = io.restassured.path.json.JsonPath.from(gov.petition.infra.KafkaProbe.body(moved.get(0)));
        org.junit.jupiter.api.Assertions.assertEquals("REPLY", event.getString("step"));
        org.junit.jupiter.api.Assertions.assertTrue(provisionalDue.isEqual(java.time.OffsetDateTime.parse(event.getString("previousDue"))));
        org.junit.jupiter.api.Assertions.assertTrue(settled.isEqual(java.time.OffsetDateTime.parse(event.getString("due"))));

        // loading 2034 again (a corrected notice) moves nothing that is already settled
        given().auth().oauth2(supervisor).contentType("application/json").body("""
                {"source":"2034年部分节假日安排（测试，更正）","holidays":[{"date":"2034-01-01","name":"元旦"},{"date":"2034-01-02","name":"元旦"}],"workdays":[]}""")
                .when().put("/api/v1/calendar/2034").then().statusCode(200).body("deadlinesMoved", equalTo(0));
    }
}
