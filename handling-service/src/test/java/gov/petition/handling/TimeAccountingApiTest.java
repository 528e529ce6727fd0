package gov.petition.handling;

import gov.petition.infra.DevTokens;
import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static gov.petition.handling.HandlingFixtures.act;
import static gov.petition.handling.HandlingFixtures.now;
import static gov.petition.handling.HandlingFixtures.queueItem;
import static gov.petition.handling.HandlingFixtures.routedCase;
import static gov.petition.handling.HandlingFixtures.sendRouted;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_handling_test"))
class TimeAccountingApiTest {

    @Test
    void aCaseBouncedBetweenTwoUnitsShowsEachHoldAndEachStep() throws Exception {
        String first = "xd.a.t" + UUID.randomUUID().toString().substring(0, 8);
        String second = "xd.a.t" + UUID.randomUUID().toString().substring(0, 8);
        String leader = DevTokens.forOfficial("xd.a.1");
        String caseId = routedCase(first, "第一单位", now().minusDays(3), leader);
        act(leader, caseId, "sign", null).statusCode(200);
        act(leader, caseId, "return", "{\"reason\":\"不属于本单位职责\"}").statusCode(200);
        sendRouted(caseId, second, "第二单位", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)); // after the return
        await().atMost(Duration.ofSeconds(30)).until(() -> queueItem(leader, second, caseId) != null);
        for (String step : List.of("sign", "accept")) {
            act(leader, caseId, step, null).statusCode(200);
        }
        act(leader, caseId, "reply", "{\"reply\":\"已处理。\"}").statusCode(200);
        act(leader, caseId, "complete", null).statusCode(200);

        JsonPath account = given().auth().oauth2(leader).when().get("/api/v1/cases/{c}/time-accounting", caseId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(first, second), account.getList("holds.unitId"));
        assertEquals(List.of("RETURNED", "COMPLETED"), account.getList("holds.endedBy"));
        assertTrue(account.getDouble("holds[0].calendarHours") >= 71.9, "the first unit held it three days");
        assertTrue(account.getDouble("holds[0].workingHours") <= account.getDouble("holds[0].calendarHours"));
        assertEquals(List.of("ROUTED→SIGNED", "SIGNED→RETURNED", "ROUTED→SIGNED", "SIGNED→ACCEPTED", "ACCEPTED→REPLIED",
                        "REPLIED→COMPLETED"),
                account.getList("steps").stream().map(s -> ((java.util.Map<?, ?>) s).get("from") + "→" + ((java.util.Map<?, ?>) s).get("to")).toList());

        given().auth().oauth2(leader).queryParam("from", now().minusDays(10).toString()).queryParam("to", now().plusDays(1).toString())
                .when().get("/api/v1/units/{u}/time-accounting", second).then().statusCode(200)
                .body("holds", equalTo(1)).body("steps.step", hasItem("ACCEPTED→REPLIED"));
        given().auth().oauth2(DevTokens.forOfficial("xd.a.jyj.1")).when().get("/api/v1/cases/{c}/time-accounting", caseId)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(leader).queryParam("from", "yesterday").when().get("/api/v1/units/{u}/time-accounting", second)
                .then().statusCode(400).body("errors.field", hasItem("from"));
        given().auth().oauth2(leader).when().get("/api/v1/cases/{c}/time-accounting", "T-" + UUID.randomUUID())
                .then().statusCode(404);
    }
}
