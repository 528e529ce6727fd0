package gov.petition.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.infra.KafkaProbe;
import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_routing_test"))
class RoutingFlowTest {

    private KafkaProbe kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    static String received(String caseId, String category, String region) {
        return """
                {"caseId":"%s","trackingCode":"ABCDEFGHJK","channel":"MAILBOX","externalId":"%s","title":"电梯坏了",
                 "content":"小区电梯坏了三个月没人修","category":"%s","location":{"regionCode":"%s"},
                 "citizen":{"anonymous":true},"disclosure":"PRIVATE","receivedAt":"2026-11-23T09:30:00Z"}
                """.formatted(caseId, UUID.randomUUID(), category, region);
    }

    private List<ConsumerRecord<String, byte[]>> routedEvents(String caseId) {
        return kafka.readAll(Topics.ROUTING).stream().filter(r -> caseId.equals(r.key()))
                .filter(r -> EventTypes.CASE_ROUTED.equals(KafkaProbe.header(r, "ce_type"))).toList();
    }

    @Test
    void aReceivedCaseIsRoutedToTheDistrictDepartmentForItsCategory() throws Exception {
        String caseId = "T-" + UUID.randomUUID();
        kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, received(caseId, "城乡建设", "xd.a.a3"));

        await().atMost(Duration.ofSeconds(30)).until(() -> routedEvents(caseId).size() == 1);
        ConsumerRecord<String, byte[]> routed = routedEvents(caseId).get(0);
        assertEquals(EventTypes.CASE_ROUTED, KafkaProbe.header(routed, "ce_type"));
        assertEquals(caseId, KafkaProbe.header(routed, "ce_subject"));
        assertEquals("/petition/routing-service", KafkaProbe.header(routed, "ce_source"));
        assertEquals("xd.a.a3.zjj", new ObjectMapper().readTree(KafkaProbe.body(routed)).path("unitId").asText());
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String caseId = "T-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String body = received(caseId, "教育文体", "xd.a.a1");
        kafka.sendEvent(Topics.INTAKE, eventId, EventTypes.CASE_RECEIVED, caseId, body);
        var again = kafka.sendEventRecord(Topics.INTAKE, eventId, EventTypes.CASE_RECEIVED, caseId, body);

        await().atMost(Duration.ofSeconds(30)).until(() -> kafka.committedPast("routing-service", again));
        await().atMost(Duration.ofSeconds(10)).until(() -> routedEvents(caseId).size() >= 1);
        assertEquals(1, routedEvents(caseId).stream().map(r -> KafkaProbe.header(r, "ce_id")).distinct().count(),
                "one routing decision for one event delivered twice");
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheConsumerKeepsGoing() {
        String poisonKey = "poison-" + UUID.randomUUID();
        kafka.sendRaw(Topics.INTAKE, poisonKey, "this is not an event");
        String caseId = "T-" + UUID.randomUUID();
        kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, received(caseId, "民政", "xd.a.a2"));

        await().atMost(Duration.ofSeconds(30)).until(() -> kafka.readAll(Topics.deadLetter("routing-service")).stream()
                .anyMatch(r -> poisonKey.equals(r.key())
                        && String.valueOf(KafkaProbe.header(r, "dead-letter-reason")).contains("ce_specversion")));
        await().atMost(Duration.ofSeconds(30)).until(() -> routedEvents(caseId).size() == 1);
    }

    @Test
    void previewAnswersWithoutCreatingAnything() {
        given().contentType(ContentType.JSON).body("{\"category\":\"城乡建设\",\"regionCode\":\"xd.a.a3\"}")
                .when().post("/api/v1/routing/preview")
                .then().statusCode(200)
                .body("unitId", equalTo("xd.a.a3.zjj"))
                .body("reason", equalTo("RULE"));
    }

    @Test
    void aLetterToANamedDepartmentHeadGoesToThatDepartmentEvenMisspelled() {
        given().contentType(ContentType.JSON).body("{\"addressee\":\"教育局钟新皓局长\",\"title\":\"反映问题\"}")
                .when().post("/api/v1/routing/preview")
                .then().statusCode(200)
                .body("unitId", equalTo("xd.a.jyj"))
                .body("officialId", equalTo("xd.a.jyj.1"))
                .body("reason", equalTo("ADDRESSEE"))
                .body("leaderRequired", equalTo(false));
    }

    @Test
    void aLetterToTheSecretaryGoesToTheLeaderForInstruction() {
        given().contentType(ContentType.JSON).body("{\"addressee\":\"胡书记\",\"title\":\"反映问题\"}")
                .when().post("/api/v1/routing/preview")
                .then().statusCode(200)
                .body("unitId", equalTo("xd.a"))
                .body("reason", equalTo("ADDRESSEE"))
                .body("leaderRequired", equalTo(true));
    }

    @Test
    void withoutAddresseeOrCategoryTheClassifierDecidesOrTheDispatcherDoes() {
        given().contentType(ContentType.JSON).body("""
                {"title":"孩子上学难，学校招生划片不合理","content":"小学招生划片把我们小区划到很远的学校，孩子每天上学要坐一个小时公交，希望教育局重新调整学区划分。"}""")
                .when().post("/api/v1/routing/preview")
                .then().statusCode(200)
                .body("reason", equalTo("CLASSIFIER"))
                .body("category", equalTo("教育文体"));
        given().contentType(ContentType.JSON).body("{\"title\":\"你好\",\"content\":\"请问\"}")
                .when().post("/api/v1/routing/preview")
                .then().statusCode(200)
                .body("reason", equalTo("DISPATCH"))
                .body("unitId", equalTo("xd.a.zwj"));
    }

    @Test
    void everyEndpointIsDocumentedWithExamples() {
        String openapi = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString();
        for (String path : List.of("/api/v1/dispatch/queue", "/api/v1/cases/{caseId}/dispatch", "/api/v1/cases/{caseId}/instruction",
                "/api/v1/routing/rules", "/api/v1/routing/rules/{id}", "/api/v1/units", "/api/v1/routing/preview")) {
            org.junit.jupiter.api.Assertions.assertTrue(openapi.contains("\"" + path + "\""), path);
        }
        for (String example : List.of("请市住建局牵头办理，10日内答复", "井盖归城管", "胡华衡", "RETURNED")) {
            org.junit.jupiter.api.Assertions.assertTrue(openapi.contains(example), example);
        }
    }

    @Test
    void theDirectoryIsSeededFromTheFixture() {
        given().queryParam("q", "胡华衡").when().get("/api/v1/officials")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].title", equalTo("市委书记"));
        given().queryParam("parent", "xd.a").when().get("/api/v1/units")
                .then().statusCode(200).body("size()", greaterThan(9));
    }
}
