package gov.petition.handling;

import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.infra.DevTokens;
import gov.petition.infra.KafkaProbe;
import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_handling_test"))
class UnitQueueTest {

    private static final String UNIT = "xd.a.jyj";

    private static String routed(String caseId) {
        return """
                {"caseId":"%s","unitId":"%s","unitName":"A市教育局","officialId":null,"category":"教育文体",
                 "reason":"RULE","confidence":0.8,"routedAt":"2026-11-23T09:30:01Z"}""".formatted(caseId, UNIT);
    }

    private static String received(String caseId) {
        return """
                {"caseId":"%s","trackingCode":"ABCDEFGHJK","channel":"WECHAT","externalId":"%s","title":"学校周边交通拥堵",
                 "content":"上下学时段学校门口拥堵严重","category":"教育文体","citizen":{"anonymous":true},
                 "disclosure":"PRIVATE","receivedAt":"2026-11-23T09:30:00Z"}""".formatted(caseId, UUID.randomUUID());
    }

    private static List<String> queueOf(String token) {
        return given().auth().oauth2(token).queryParam("size", 200).when().get("/api/v1/units/{u}/queue", UNIT)
                .then().statusCode(200).extract().jsonPath().getList("items.caseId");
    }

    @Test
    void aRoutedCaseAppearsInTheUnitsQueueWhicheverEventArrivesFirst() throws Exception {
        String caseId = "T-" + UUID.randomUUID();
        try (KafkaProbe kafka = new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            // routing's event may overtake intake's: they travel on different topics
            kafka.sendEvent(Topics.ROUTING, EventTypes.CASE_ROUTED, caseId, routed(caseId));
            kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, received(caseId));
        }
        String token = DevTokens.forOfficial("xd.a.jyj.1");
        await().atMost(Duration.ofSeconds(30)).until(() -> queueOf(token).contains(caseId));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(token).queryParam("size", 200).when().get("/api/v1/units/{u}/queue", UNIT)
                        .then().statusCode(200)
                        .body("items.find { it.caseId == '%s' }.title".formatted(caseId), equalTo("学校周边交通拥堵"))
                        .body("items.find { it.caseId == '%s' }.channel".formatted(caseId), equalTo("WECHAT")));
        // the city secretary leads the units below the city
        await().atMost(Duration.ofSeconds(5)).until(() -> queueOf(DevTokens.forOfficial("xd.a.1")).contains(caseId));
    }

    @Test
    void aCitizensFollowUpReachesTheQueueOnceEvenWhenRedelivered() throws Exception {
        String caseId = "T-" + UUID.randomUUID();
        String followUp = """
                {"caseId":"%s","followUpId":"f-1","text":"请问什么时候处理？","at":"2026-11-24T09:00:00Z"}""".formatted(caseId);
        try (KafkaProbe kafka = new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, received(caseId));
            kafka.sendEvent(Topics.ROUTING, EventTypes.CASE_ROUTED, caseId, routed(caseId));
            String id = kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_FOLLOWED_UP, caseId, followUp);
            kafka.sendEvent(Topics.INTAKE, id, EventTypes.CASE_FOLLOWED_UP, caseId, followUp); // redelivered
        }
        String token = DevTokens.forOfficial("xd.a.jyj.1");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(token).queryParam("size", 200).when().get("/api/v1/units/{u}/queue", UNIT)
                        .then().statusCode(200)
                        .body("items.find { it.caseId == '%s' }.followUps".formatted(caseId), equalTo(1)));
    }

    @Test
    void theQueueNeedsAnOfficialsBearerToken() {
        given().when().get("/api/v1/units/{u}/queue", UNIT)
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().auth().oauth2("not.a.token").when().get("/api/v1/units/{u}/queue", UNIT)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anOfficialOfAnotherUnitIsRefused() throws Exception {
        given().auth().oauth2(DevTokens.forOfficial("xd.a.zwj.2")).when().get("/api/v1/units/{u}/queue", UNIT)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:petition:problem:forbidden"));
    }

    @Test
    void healthTellsKafkaAndDatabaseReadiness() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("outbox-relay"));
    }
}
