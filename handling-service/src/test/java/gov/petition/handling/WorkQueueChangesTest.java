package gov.petition.handling;

import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.infra.DevTokens;
import gov.petition.infra.KafkaProbe;
import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import static gov.petition.handling.HandlingFixtures.act;
import static gov.petition.handling.HandlingFixtures.now;
import static gov.petition.handling.HandlingFixtures.records;
import static gov.petition.handling.HandlingFixtures.routedCase;
import static gov.petition.handling.HandlingFixtures.sendRouted;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_handling_test"))
class WorkQueueChangesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TestHTTPResource("/")
    URL base;

    private static List<ConsumerRecord<String, byte[]>> changesOf(String unitId, String caseId) {
        return records(Topics.WORK_QUEUE, unitId).stream().filter(r -> caseId.equals(KafkaProbe.header(r, "ce_subject"))).toList();
    }

    private static List<String> changeKinds(String unitId, String caseId) {
        return changesOf(unitId, caseId).stream().map(r -> JsonPath.from(KafkaProbe.body(r)).getString("change")).toList();
    }

    @Test
    void everyChangeOfAUnitsQueueGoesToTheWorkQueueTopicKeyedByTheUnit() throws Exception {
        String unit = "xd.a.jyj";
        String token = DevTokens.forOfficial("xd.a.jyj.1");
        String caseId = routedCase(unit, "A市教育局", now(), token);
        act(token, caseId, "sign", null).statusCode(200);
        act(token, caseId, "return", "{\"reason\":\"不属于本局职责\"}").statusCode(200);
        // routing passes it on to a district bureau: it arrives in that unit's queue
        sendRouted(caseId, "xd.a.a3.zjj", "A3区住房和城乡建设局", now().plusSeconds(1));

        await().atMost(WAIT).until(() -> changeKinds(unit, caseId).equals(List.of("ADDED", "UPDATED", "REMOVED")));
        await().atMost(WAIT).until(() -> changeKinds("xd.a.a3.zjj", caseId).equals(List.of("ADDED")));
        List<ConsumerRecord<String, byte[]>> changes = changesOf(unit, caseId);
        for (ConsumerRecord<String, byte[]> change : changes) {
            assertEquals(unit, change.key());
            assertEquals(EventTypes.WORK_ITEM_CHANGED, KafkaProbe.header(change, "ce_type"));
        }
        JsonPath signed = JsonPath.from(KafkaProbe.body(changes.get(1)));
        assertEquals("SIGNED", signed.getString("status"));
        assertEquals(unit, signed.getString("unitId"));
        assertTrue(signed.getString("nextDue") != null, "a signed case waits on its acceptance deadline");
        assertEquals("ROUTED", JsonPath.from(KafkaProbe.body(changesOf("xd.a.a3.zjj", caseId).get(0))).getString("status"));
    }

    @Test
    void aConsoleOnTheQueueStreamSeesNewWorkAsItArrives() throws Exception {
        String unit = "xd.a.t" + UUID.randomUUID().toString().substring(0, 8);
        String leader = DevTokens.forOfficial("xd.a.1");
        Queue<String> lines = new ConcurrentLinkedQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/units/" + unit + "/queue/stream"))
                .header("Authorization", "Bearer " + leader).header("Accept", "text/event-stream").build();
        var response = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.get(30, TimeUnit.SECONDS).body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (Exception e) {
                lines.add("error: " + e);
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            // the stream shows what happens after the console connected: keep routing cases until one shows up
            List<String> routed = new java.util.concurrent.CopyOnWriteArrayList<>();
            await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
                String caseId = HandlingFixtures.newCaseId();
                routed.add(caseId);
                sendRouted(caseId, unit, "测试单位", now());
                return lines.stream().anyMatch(l -> l.startsWith("data:") && routed.stream().anyMatch(l::contains));
            });
            String data = lines.stream().filter(l -> l.startsWith("data:")).findFirst().orElseThrow().substring(5).strip();
            JsonPath event = JsonPath.from(data);
            assertEquals(unit, event.getString("unitId"));
            assertEquals("ADDED", event.getString("change"));
            assertEquals("ROUTED", event.getString("status"));
            assertTrue(response.get(5, TimeUnit.SECONDS).headers().firstValue("content-type").orElse("").startsWith("text/event-stream"));
            assertFalse(lines.stream().anyMatch(l -> l.contains("xd.a.jyj")), "only the unit's own changes");
            // a quiet stream is kept open with comment lines (every second in the test profile)
            await().atMost(WAIT).until(() -> lines.stream().anyMatch(l -> l.startsWith(":") && l.contains("keep-alive")));
        } finally {
            response.cancel(true);
            reader.interrupt();
        }
    }

    @Test
    void theStreamIsRefusedToOtherUnitsOfficials() throws Exception {
        given().auth().oauth2(DevTokens.forOfficial("xd.a.zwj.2")).accept("text/event-stream")
                .when().get("/api/v1/units/{u}/queue/stream", "xd.a.jyj")
                .then().statusCode(403);
        given().accept("text/event-stream").when().get("/api/v1/units/{u}/queue/stream", "xd.a.jyj").then().statusCode(401);
    }

    @Test
    void aLeaderSeesTheQueuesOfAllUnitsBelowAtOnce() throws Exception {
        String district = "xd.a.t" + UUID.randomUUID().toString().substring(0, 8);
        String leader = DevTokens.forOfficial("xd.a.1");
        String first = routedCase(district + ".zjj", "测试住建局", now(), leader);
        String second = routedCase(district + ".cgj", "测试城管局", now(), leader);
        List<String> all = given().auth().oauth2(leader).queryParam("includeSubunits", true).queryParam("size", 200)
                .when().get("/api/v1/units/{u}/queue", district).then().statusCode(200).extract().path("items.caseId");
        assertEquals(2, all.size());
        assertTrue(all.containsAll(List.of(first, second)));
        given().auth().oauth2(DevTokens.forOfficial("xd.a.jyj.1")).queryParam("includeSubunits", true)
                .when().get("/api/v1/units/{u}/queue", "xd.a.jyj").then().statusCode(403);
    }
}
