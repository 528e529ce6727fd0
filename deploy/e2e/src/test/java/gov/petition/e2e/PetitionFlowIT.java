package gov.petition.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.petition.events.Topics;
import gov.petition.infra.DevTokens;
import gov.petition.infra.KafkaProbe;
import gov.petition.infra.RepoPaths;
import gov.petition.launcher.LocalSuite;
import gov.petition.launcher.SuiteSettings;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Follows petitions through all five packaged services, started as deploy/local/run starts them. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PetitionFlowIT {

    private static final String UNIT = "xd.a.jyj"; // A市教育局: city-wide 教育文体 matters go there
    private static LocalSuite suite;
    private static String unitToken;
    private static final String OFFICIAL_NAME = officialName("xd.a.jyj.1");

    @BeforeAll
    static void startSuite() throws Exception {
        Path repo = RepoPaths.root();
        // A new state folder per run: databases start empty, so the broker's topics must too.
        Path state = Files.createTempDirectory(Files.createDirectories(repo.resolve("deploy/e2e/target")), "e2e-state-");
        suite = new LocalSuite(SuiteSettings.isolated(repo, state)).start();
        unitToken = DevTokens.forOfficial("xd.a.jyj.1");
    }

    private static String officialName(String officialId) {
        try {
            JsonNode directory = new ObjectMapper().readTree(RepoPaths.root()
                    .resolve("routing-service/src/main/resources/directory/directory.json").toFile());
            for (JsonNode o : directory.path("officials")) {
                if (o.path("id").asText().equals(officialId)) {
                    return o.path("name").asText();
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new IllegalStateException("no official " + officialId);
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    private static String petition(String externalId) {
        return """
                {"channel":"WECHAT","externalId":"%s","title":"学校门口上下学时段拥堵",
                 "content":"每天上下学时段学校门口车辆乱停，孩子过马路很危险，希望增加交通疏导。","category":"教育文体",
                 "citizen":{"name":"李四","phone":"13900139000","anonymous":false},"disclosure":"PUBLIC"}
                """.formatted(externalId);
    }

    private static JsonPath submit(String externalId) {
        return given().baseUri(suite.baseUrl("intake-service")).contentType(ContentType.JSON).body(petition(externalId))
                .when().post("/api/v1/petitions").then().statusCode(202).extract().jsonPath();
    }

    private static Set<String> queued() {
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonPath body = given().baseUri(suite.baseUrl("handling-service")).auth().oauth2(unitToken)
                    .queryParam("size", 200).queryParam("page", page)
                    .when().get("/api/v1/units/{u}/queue", UNIT).then().statusCode(200).extract().jsonPath();
            List<String> items = body.getList("items.caseId");
            ids.addAll(items);
            if (items.size() < 200) {
                return ids;
            }
        }
    }

    @Test
    @Order(1)
    void aPetitionReachesTheUnitsQueueTheTimelineAndTheNotificationLog() {
        long start = System.nanoTime();
        JsonPath answer = submit("e2e-" + UUID.randomUUID());
        String caseId = answer.getString("caseId");
        String code = answer.getString("trackingCode");

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> queued().contains(caseId));
        long toQueueMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("e2e: submission to visible in the unit's queue: %d ms%n", toQueueMillis);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().baseUri(suite.baseUrl("intake-service"))
                .queryParam("trackingCode", code).when().get("/api/v1/petitions/{id}", caseId)
                .then().statusCode(200)
                .body("status", equalTo("ROUTED"))
                .body("unit.id", equalTo(UNIT))
                .body("timeline.type", hasItems("gov.petition.case.received", "gov.petition.case.routed")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().baseUri(suite.baseUrl("notification-service"))
                .queryParam("caseId", caseId).when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.findAll { it.recipientKind == 'CITIZEN' }.eventType",
                        hasItems("gov.petition.case.received", "gov.petition.case.routed"))
                // the unit hears of its new work
                .body("items.findAll { it.recipientKind == 'UNIT' }.recipientId", hasItems(UNIT)));
    }

    @Test
    @Order(2)
    void tenSequentialSubmissionsEachReachTheQueue() {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            String caseId = submit("e2e-warm-" + UUID.randomUUID()).getString("caseId");
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10)).until(() -> queued().contains(caseId));
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("e2e: warm submission to visible in the unit's queue, 10 sequential cases: median %d ms, max %d ms%n",
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
    }

    @Test
    @Order(3)
    void killingRoutingWhilePetitionsArriveLosesNoneAndRoutesEachOnce() throws Exception {
        List<String> caseIds = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            caseIds.add(submit("e2e-kill-" + UUID.randomUUID()).getString("caseId"));
            if (i == 29) {
                suite.kill("routing-service");
            }
        }
        suite.startService("routing-service");
        suite.awaitReady(Duration.ofMinutes(2));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> queued().containsAll(caseIds));

        try (KafkaProbe kafka = new KafkaProbe(suite.kafkaBootstrapServers())) {
            Map<String, Set<String>> routedIdsByCase = kafka.readAll(Topics.ROUTING).stream()
                    .filter(r -> caseIds.contains(r.key()))
                    // the topic also carries links between these look-alike petitions and escalations
                    .filter(r -> "gov.petition.case.routed".equals(KafkaProbe.header(r, "ce_type")))
                    .collect(Collectors.groupingBy(r -> r.key(),
                            Collectors.mapping(r -> KafkaProbe.header(r, "ce_id"), Collectors.toSet())));
            assertEquals(100, routedIdsByCase.size(), "every case routed");
            routedIdsByCase.forEach((caseId, ids) -> assertEquals(1, ids.size(), caseId + " routed once, not " + ids));
        }
    }

    private static void act(String caseId, String action, String body) {
        given().baseUri(suite.baseUrl("handling-service")).auth().oauth2(unitToken).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/cases/{c}/{a}", caseId, action).then().statusCode(200);
    }

    @Test
    @Order(4)
    void theCitizenFollowsTheWholeLifecycleFromSubmissionToTheReturnVisit() {
        JsonPath answer = submit("e2e-life-" + UUID.randomUUID());
        String caseId = answer.getString("caseId");
        String code = answer.getString("trackingCode");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> queued().contains(caseId));

        act(caseId, "sign", "{}");
        act(caseId, "accept", "{\"note\":\"已安排专人跟进\"}");
        act(caseId, "reply", "{\"reply\":\"经核实，该校已于本周在上下学时段增派交通协管员。\"}");
        act(caseId, "complete", "{}");

        // Evaluation learns of the reply from the handling topic, then takes the citizen's rating.
        await().atMost(Duration.ofSeconds(20)).until(() -> given().baseUri(suite.baseUrl("evaluation-service"))
                .contentType(ContentType.JSON)
                .body(Map.of("trackingCode", code, "rating", "SATISFIED", "solved", true, "comment", "很快就解决了"))
                .when().post("/api/v1/cases/{c}/rating", caseId).then().extract().statusCode() < 300);

        // The unit's return visit (回访) closes the case.
        await().atMost(Duration.ofSeconds(20)).until(() -> given().baseUri(suite.baseUrl("evaluation-service"))
                .auth().oauth2(unitToken).contentType(ContentType.JSON)
                .body(Map.of("outcome", "SOLVED", "note", "市民表示问题已解决"))
                .when().post("/api/v1/cases/{c}/return-visit", caseId).then().extract().statusCode() < 300);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().baseUri(suite.baseUrl("intake-service"))
                .queryParam("trackingCode", code).when().get("/api/v1/petitions/{id}", caseId)
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("timeline.type", hasItems("gov.petition.case.signed", "gov.petition.case.accepted",
                        "gov.petition.case.replied", "gov.petition.case.completed", "gov.petition.case.rated",
                        "gov.petition.case.return-visit-scheduled", "gov.petition.case.return-visited",
                        "gov.petition.case.closed"))
                .body("deadlines.find { it.kind == 'REPLY' }.met", equalTo(true))
                .body("timeline.find { it.type == 'gov.petition.case.replied' }.by", equalTo(OFFICIAL_NAME)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().baseUri(suite.baseUrl("notification-service"))
                .queryParam("caseId", caseId).when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("items.eventType", hasItems("gov.petition.case.received", "gov.petition.case.replied",
                        "gov.petition.case.closed")));
    }

    @Test
    @Order(5)
    void anUrgentCaseIsMadeSafeOnSiteRepairedAndTheCitizenSeesBothDeadlines() {
        String body = """
                {"channel":"APP","externalId":"e2e-urgent-%s","title":"学校门口井盖丢失",
                 "content":"学校门口人行道上的井盖丢失，孩子上学经过很容易掉下去，请尽快处理。","category":"教育文体",
                 "citizen":{"name":"王五","phone":"13900139001","anonymous":false},"disclosure":"PUBLIC"}
                """.formatted(UUID.randomUUID());
        JsonPath answer = given().baseUri(suite.baseUrl("intake-service")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/petitions").then().statusCode(202).extract().jsonPath();
        String caseId = answer.getString("caseId");
        String code = answer.getString("trackingCode");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> queued().contains(caseId));

        // the unit sees it is urgent, made safe within 3 hours of the report, and that making it safe comes first
        JsonPath queue = given().baseUri(suite.baseUrl("handling-service")).auth().oauth2(unitToken)
                .queryParam("size", 200).when().get("/api/v1/units/{u}/queue", UNIT).then().statusCode(200).extract().jsonPath();
        Map<String, Object> item = queue.getMap("items.find { it.caseId == '%s' }".formatted(caseId));
        assertEquals("URGENT", item.get("urgency"));
        assertEquals(Duration.ofHours(3), Duration.between(java.time.OffsetDateTime.parse((String) item.get("receivedAt")),
                java.time.OffsetDateTime.parse((String) item.get("handleDue"))));
        assertEquals("handle", ((List<?>) item.get("allowedActions")).get(0));

        act(caseId, "handle", "{\"measures\":\"已到场设置围挡和警示标志，安排专人值守。\"}");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().baseUri(suite.baseUrl("intake-service"))
                .queryParam("trackingCode", code).when().get("/api/v1/petitions/{id}", caseId)
                .then().statusCode(200)
                .body("status", equalTo("ROUTED"))
                .body("urgency.keyword", equalTo("井盖"))
                .body("timeline.type", hasItems("gov.petition.case.marked-urgent", "gov.petition.case.handled"))
                .body("timeline.find { it.type == 'gov.petition.case.handled' }.by", equalTo(OFFICIAL_NAME))
                .body("deadlines.find { it.kind == 'HANDLE' }.met", equalTo(true))
                .body("deadlines.find { it.kind == 'FIX' }.met", equalTo(false)));

        act(caseId, "sign", "{}");
        act(caseId, "accept", "{}");
        act(caseId, "reply", "{\"reply\":\"井盖已于当晚更换，已复查牢固。\"}");
        act(caseId, "complete", "{}");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().baseUri(suite.baseUrl("intake-service"))
                .queryParam("trackingCode", code).when().get("/api/v1/petitions/{id}", caseId)
                .then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("deadlines.find { it.kind == 'FIX' }.met", equalTo(true))
                .body("deadlines.find { it.kind == 'FIX' }.missed", equalTo(false)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().baseUri(suite.baseUrl("notification-service"))
                .queryParam("caseId", caseId).when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("items.findAll { it.recipientKind == 'CITIZEN' }.eventType",
                        hasItems("gov.petition.case.marked-urgent", "gov.petition.case.handled")));
    }
}
