package gov.petition.evaluation;

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
import static org.hamcrest.Matchers.equalTo;

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
    void aMalformedPeriodIsAProblem() {
        given().when().get("/api/v1/reports/november").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("period"));
    }
}
