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
}
