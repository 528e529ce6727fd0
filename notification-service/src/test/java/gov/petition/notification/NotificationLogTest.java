package gov.petition.notification;

import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.infra.KafkaProbe;
import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_notification_test"))
class NotificationLogTest {

    @Test
    void theCitizenIsToldOfReceiptAndRoutingOnceEach() {
        String caseId = "T-" + UUID.randomUUID();
        String received = """
                {"caseId":"%s","trackingCode":"K7QM2X9PRT","channel":"MAILBOX","externalId":"%s","title":"t","content":"c",
                 "citizen":{"name":"张三","phone":"13800138000","anonymous":false},
                 "disclosure":"PRIVATE","receivedAt":"2026-11-23T09:30:00Z"}""".formatted(caseId, caseId);
        String routed = """
                {"caseId":"%s","unitId":"xd.a.jyj","unitName":"A市教育局","reason":"RULE","confidence":0.9,
                 "routedAt":"2026-11-23T09:30:01Z"}""".formatted(caseId);
        try (KafkaProbe kafka = new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            String id = kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, received);
            kafka.sendEvent(Topics.INTAKE, id, EventTypes.CASE_RECEIVED, caseId, received); // redelivered
            kafka.sendEvent(Topics.ROUTING, EventTypes.CASE_ROUTED, caseId, routed);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("caseId", caseId)
                .when().get("/api/v1/notifications").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.findAll { it.recipientKind == 'CITIZEN' }.eventType", containsInAnyOrder("gov.petition.case.received", "gov.petition.case.routed"))
                // the unit has no contacts yet: logged, nobody to send to
                .body("items.find { it.recipientKind == 'UNIT' }.channel", equalTo("NONE"))
                .body("items.find { it.recipientKind == 'UNIT' }.recipient", equalTo("xd.a.jyj (no contact)")));
        given().queryParam("caseId", caseId).when().get("/api/v1/notifications").then()
                .body("items.find { it.eventType == 'gov.petition.case.received' }.recipient", equalTo("138****8000"))
                .body("items.find { it.eventType == 'gov.petition.case.received' }.channel", equalTo("SMS"));
    }

    @Test
    void theLogNeedsACaseId() {
        given().when().get("/api/v1/notifications").then().statusCode(400).contentType("application/problem+json");
    }
}
