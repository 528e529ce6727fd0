package gov.petition.handling;

import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.handling.service.DeadlineAlarms;
import gov.petition.infra.DevTokens;
import gov.petition.infra.KafkaProbe;
import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static gov.petition.handling.HandlingFixtures.act;
import static gov.petition.handling.HandlingFixtures.now;
import static gov.petition.handling.HandlingFixtures.ofType;
import static gov.petition.handling.HandlingFixtures.records;
import static gov.petition.handling.HandlingFixtures.routedCase;
import static gov.petition.handling.HandlingFixtures.rows;
import static gov.petition.handling.HandlingFixtures.send;
import static gov.petition.handling.HandlingFixtures.sendRouted;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Durable timers against the real broker and database. The profile warns 60 days before a sign deadline, so a case
 * routed now has its warning due at once while its deadline still lies ahead; a case routed 30 days ago has missed it.
 */
@QuarkusTest
@TestProfile(DeadlineTimersTest.EarlyWarnings.class)
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_handling_test"))
class DeadlineTimersTest {

    public static class EarlyWarnings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the make-safe warning 10 hours ahead: an urgent case received now is warned at once, 3 hours before
            return Map.of("handling.timers.warn-lead-by-step.SIGN", "P60D", "handling.timers.poll-interval", "PT0.2S",
                    "handling.timers.warn-lead-by-step.HANDLE", "PT10H");
        }
    }

    private static final String UNIT = "xd.a.jyj";
    private static final String UNIT_NAME = "A市教育局";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    DeadlineAlarms alarms;

    private static String token() throws Exception {
        return DevTokens.forOfficial("xd.a.jyj.1");
    }

    private static List<JsonPath> alerts(String caseId, String type) {
        return ofType(records(Topics.HANDLING, caseId), type).stream().map(r -> JsonPath.from(KafkaProbe.body(r))).toList();
    }

    private static List<List<String>> pendingTimers(String caseId) {
        return rows("select step, kind from deadline_timer where case_id = ? and fired_at is null order by step, kind", caseId);
    }

    @Test
    void aWarningFiresOnceWhileTheDeadlineStillLiesAhead() throws Exception {
        String caseId = routedCase(UNIT, UNIT_NAME, now(), token());
        await().atMost(WAIT).until(() -> alerts(caseId, EventTypes.CASE_DEADLINE_WARNED).size() == 1);
        JsonPath warned = alerts(caseId, EventTypes.CASE_DEADLINE_WARNED).get(0);
        assertEquals("SIGN", warned.getString("step"));
        assertEquals(UNIT, warned.getString("unitId"));
        assertTrue(OffsetDateTime.parse(warned.getString("due")).isAfter(OffsetDateTime.now()), "warned before the deadline");
        assertEquals(List.of(List.of("SIGN", "MISSED")), pendingTimers(caseId), "the missed alert still waits for the deadline");
        assertEquals(0, alerts(caseId, EventTypes.CASE_DEADLINE_MISSED).size());
    }

    @Test
    void takingAStepCancelsItsTimersAndSchedulesTheNextDeadlines() throws Exception {
        String caseId = routedCase(UNIT, UNIT_NAME, now(), token());
        act(token(), caseId, "sign", null).statusCode(200);
        assertEquals(List.of(List.of("ACCEPT", "MISSED"), List.of("ACCEPT", "WARN")), pendingTimers(caseId));
        act(token(), caseId, "accept", null).statusCode(200);
        assertEquals(List.of(List.of("REPLY", "MISSED"), List.of("REPLY", "WARN")), pendingTimers(caseId));
        act(token(), caseId, "reply", "{\"reply\":\"已处理完毕。\"}").statusCode(200);
        assertEquals(List.of(), pendingTimers(caseId), "a replied case waits on no deadline");
    }

    @Test
    void aMissedDeadlineFiresExactlyOnceWhilePollersCompeteForIt() throws Exception {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String caseId = HandlingFixtures.newCaseId();
            sendRouted(caseId, UNIT, UNIT_NAME, now().minusDays(30));
            cases.add(caseId);
        }
        // four more pollers, as four more instances would run, on top of the periodic one
        List<CompletableFuture<Integer>> polls = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            for (int i = 0; i < 4; i++) {
                polls.add(alarms.pollOnce().toCompletableFuture());
            }
        }
        CompletableFuture.allOf(polls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        for (String caseId : cases) {
            await().atMost(WAIT).until(() -> alerts(caseId, EventTypes.CASE_DEADLINE_MISSED).size() == 1);
        }
        // more polls find nothing left to fire
        for (int i = 0; i < 4; i++) {
            alarms.pollOnce().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
        for (String caseId : cases) {
            // the outbox of the same transaction as the firing: nothing pending, one alert each, no stale warning
            await().atMost(WAIT).until(() -> rows("select count(*) from outbox where subject = ?", caseId).get(0).get(0).equals("0"));
            List<JsonPath> missed = alerts(caseId, EventTypes.CASE_DEADLINE_MISSED);
            assertEquals(1, missed.size(), caseId);
            assertEquals("SIGN", missed.get(0).getString("step"));
            assertEquals(0, alerts(caseId, EventTypes.CASE_DEADLINE_WARNED).size(), "a warning due after its deadline stays silent");
            // the unit's queue hears the case is overdue
            await().atMost(WAIT).until(() -> records(Topics.WORK_QUEUE, UNIT).stream()
                    .filter(r -> caseId.equals(KafkaProbe.header(r, "ce_subject")))
                    .map(r -> JsonPath.from(KafkaProbe.body(r)))
                    .anyMatch(c -> "UPDATED".equals(c.getString("change")) && c.getBoolean("overdue")));
            assertEquals(List.of(List.of("1", "true")), rows(
                    "select count(*), cast(bool_and(skipped) as text) from deadline_timer where case_id = ? and kind = 'WARN'", caseId));
        }
    }

    @Test
    void aMissedReplyDeadlineOpensOneOverdueSupervisionWhichTheCityConcludes() throws Exception {
        String caseId = routedCase(UNIT, UNIT_NAME, now(), token());
        act(token(), caseId, "sign", null).statusCode(200);
        act(token(), caseId, "accept", null).statusCode(200);
        act(token(), caseId, "reply", "{\"reply\":\"已答复。\"}").statusCode(200);
        act(token(), caseId, "complete", null).statusCode(200);
        // evaluation sends it back a month ago: its new reply deadline is long past
        String reopened = """
                {"caseId":"%s","unitId":"%s","unitName":"%s","reason":"群众不满意","round":1,"at":"%s"}"""
                .formatted(caseId, UNIT, UNIT_NAME, now().minusDays(30));
        send(Topics.EVALUATION, EventTypes.CASE_REOPENED, caseId, reopened);
        await().atMost(WAIT).until(() -> ofType(records(Topics.HANDLING, caseId), EventTypes.SUPERVISION_OPENED).size() == 1);
        JsonPath opened = JsonPath.from(KafkaProbe.body(ofType(records(Topics.HANDLING, caseId), EventTypes.SUPERVISION_OPENED).get(0)));
        assertEquals("OVERDUE", opened.getString("trigger"));
        assertEquals("xd.a", opened.getString("supervisingUnitId"));
        assertEquals(UNIT, opened.getString("unitId"));
        assertEquals("REPLY", alerts(caseId, EventTypes.CASE_DEADLINE_MISSED).get(0).getString("step"));

        String city = DevTokens.forOfficial("xd.a.1");
        String supervisionId = given().auth().oauth2(city).queryParam("unitId", "xd.a").queryParam("status", "OPEN").queryParam("size", 200)
                .when().get("/api/v1/supervisions").then().statusCode(200)
                .extract().jsonPath().getString("items.find { it.caseId == '%s' }.supervisionId".formatted(caseId));
        given().auth().oauth2(token()).queryParam("unitId", "xd.a").when().get("/api/v1/supervisions")
                .then().statusCode(403).contentType("application/problem+json");
        HandlingFixtures.post(token(), "/api/v1/supervisions/{s}/conclude", "{\"outcome\":\"RESOLVED\"}", supervisionId)
                .statusCode(403);
        HandlingFixtures.post(city, "/api/v1/supervisions/{s}/conclude", "{\"outcome\":\"DONE\"}", supervisionId)
                .statusCode(400).contentType("application/problem+json");
        HandlingFixtures.post(city, "/api/v1/supervisions/{s}/conclude", "{\"outcome\":\"RESOLVED\",\"note\":\"已督促答复\"}", supervisionId)
                .statusCode(200).body("status", equalTo("CONCLUDED")).body("outcome", equalTo("RESOLVED"))
                .body("concludedByName", equalTo("胡华衡"));
        HandlingFixtures.post(city, "/api/v1/supervisions/{s}/conclude", "{\"outcome\":\"WITHDRAWN\"}", supervisionId)
                .statusCode(409);
        await().atMost(WAIT).until(() -> ofType(records(Topics.HANDLING, caseId), EventTypes.SUPERVISION_CONCLUDED).size() == 1);
        assertEquals(List.of(), rows("select id from deadline_timer where supervision_id = ? and fired_at is null", supervisionId),
                "a concluded supervision's timers stop");
    }

    private static String receivedJson(String caseId, String title, String content, OffsetDateTime at) {
        return """
                {"caseId":"%s","trackingCode":"ABCDEFGHJK","channel":"HOTLINE_12345","externalId":"%s","title":"%s",
                 "content":"%s","category":"城乡建设","citizen":{"anonymous":true},
                 "disclosure":"PUBLIC","receivedAt":"%s"}""".formatted(caseId, java.util.UUID.randomUUID(), title, content, at);
    }

    /** An urgent case received at {@code receivedAt} and routed to the unit now; answers once it is in the queue. */
    private static String urgentCase(OffsetDateTime receivedAt) throws Exception {
        String caseId = HandlingFixtures.newCaseId();
        send(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, receivedJson(caseId, "路口井盖被盗", "晚上路过差点掉下去，很危险", receivedAt));
        await().atMost(WAIT).until(() -> alerts(caseId, EventTypes.CASE_MARKED_URGENT).size() == 1);
        sendRouted(caseId, UNIT, UNIT_NAME, now());
        await().atMost(WAIT).until(() -> HandlingFixtures.queueItem(token(), UNIT, caseId) != null);
        return caseId;
    }

    /** An urgent case already in the unit's queue when intake's event, which makes it urgent, arrives. */
    private static String urgentCaseRoutedFirst(OffsetDateTime receivedAt) throws Exception {
        String caseId = HandlingFixtures.newCaseId();
        sendRouted(caseId, UNIT, UNIT_NAME, now());
        await().atMost(WAIT).until(() -> HandlingFixtures.queueItem(token(), UNIT, caseId) != null);
        send(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, receivedJson(caseId, "路口井盖被盗", "晚上路过差点掉下去，很危险", receivedAt));
        await().atMost(WAIT).until(() -> alerts(caseId, EventTypes.CASE_MARKED_URGENT).size() == 1);
        return caseId;
    }

    @Test
    void anUrgentCaseWaitingForDispatchHoldsTheDispatchDeskToItsMakeSafeDeadline() throws Exception {
        // reported four hours ago and still not routed: the 12345 desk missed the make-safe deadline
        OffsetDateTime receivedAt = now().minusHours(4);
        String caseId = HandlingFixtures.newCaseId();
        send(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, receivedJson(caseId, "小区燃气泄漏", "楼道里燃气泄漏味道很重", receivedAt));
        await().atMost(WAIT).until(() -> alerts(caseId, EventTypes.CASE_DEADLINE_MISSED).stream()
                .anyMatch(m -> "HANDLE".equals(m.getString("step"))));
        JsonPath missed = alerts(caseId, EventTypes.CASE_DEADLINE_MISSED).get(0);
        assertEquals("xd.a.zwj", missed.getString("unitId"));
        await().atMost(WAIT).until(() -> ofType(records(Topics.HANDLING, caseId), EventTypes.SUPERVISION_OPENED).size() == 1);
        JsonPath opened = JsonPath.from(KafkaProbe.body(ofType(records(Topics.HANDLING, caseId), EventTypes.SUPERVISION_OPENED).get(0)));
        assertEquals("xd.a.zwj", opened.getString("unitId"));
        assertEquals("xd.a", opened.getString("supervisingUnitId"));
        assertEquals(List.of(List.of("FIX", "MISSED", "xd.a.zwj"), List.of("FIX", "WARN", "xd.a.zwj")), rows(
                "select step, kind, unit_id from deadline_timer where case_id = ? and fired_at is null and step <> 'SUPERVISION' order by step, kind", caseId));

        // routed at last: the repair deadline now runs against the unit, and the missed make-safe is not said twice
        sendRouted(caseId, UNIT, UNIT_NAME, now());
        await().atMost(WAIT).untilAsserted(() -> assertEquals(List.of(List.of("FIX", "MISSED", UNIT), List.of("FIX", "WARN", UNIT),
                List.of("SIGN", "MISSED", UNIT)), rows("select step, kind, unit_id from deadline_timer where case_id = ? and fired_at is null"
                        + " and step <> 'SUPERVISION' order by step, kind", caseId)));
        assertEquals(1, alerts(caseId, EventTypes.CASE_DEADLINE_MISSED).stream().filter(m -> "HANDLE".equals(m.getString("step"))).count());
    }

    private static Map<String, Object> item(String caseId) throws Exception {
        return HandlingFixtures.queueItem(token(), UNIT, caseId);
    }

    @Test
    void anUrgentCaseIsMarkedOnceAndWarnedBeforeItsMakeSafeDeadline() throws Exception {
        OffsetDateTime receivedAt = now();
        String caseId = urgentCaseRoutedFirst(receivedAt);

        JsonPath marked = alerts(caseId, EventTypes.CASE_MARKED_URGENT).get(0);
        assertEquals("井盖", marked.getString("keyword"));
        assertTrue(marked.getString("rule").startsWith("紧急公共安全"), marked.getString("rule"));
        assertTrue(receivedAt.plusHours(3).isEqual(OffsetDateTime.parse(marked.getString("handleDue"))));
        assertTrue(receivedAt.plusHours(24).isEqual(OffsetDateTime.parse(marked.getString("fixDue"))));

        // signing, accepting and replying still run on the routine limits; make-safe and repair run beside them
        Map<String, Object> item = item(caseId);
        assertTrue(item.get("signDue") != null && item.get("replyDue") != null, "routine deadlines too: " + item);
        assertEquals("handle", ((List<?>) item.get("allowedActions")).get(0), "the most pressing step first");
        await().atMost(WAIT).until(() -> alerts(caseId, EventTypes.CASE_DEADLINE_WARNED).stream()
                .anyMatch(w -> "HANDLE".equals(w.getString("step"))));
        JsonPath warned = alerts(caseId, EventTypes.CASE_DEADLINE_WARNED).stream()
                .filter(w -> "HANDLE".equals(w.getString("step"))).findFirst().orElseThrow();
        assertEquals(UNIT, warned.getString("unitId"));
        assertTrue(receivedAt.plusHours(3).isEqual(OffsetDateTime.parse(warned.getString("due"))));
        await().atMost(WAIT).untilAsserted(() -> assertEquals(List.of(List.of("FIX", "MISSED"), List.of("FIX", "WARN"),
                List.of("HANDLE", "MISSED"), List.of("SIGN", "MISSED")), pendingTimers(caseId)));
        // the marking is announced once, however often the timers are rescheduled
        act(token(), caseId, "sign", null).statusCode(200);
        assertEquals(1, alerts(caseId, EventTypes.CASE_MARKED_URGENT).size());
    }

    @Test
    void makingAnUrgentCaseSafeMeetsItsHandleDeadlineAndCompletingItMeetsTheRepair() throws Exception {
        String caseId = urgentCase(now());
        // the body needs what was done on site
        act(token(), caseId, "handle", "{}").statusCode(400).contentType("application/problem+json");
        act(token(), caseId, "handle", "{\"measures\":\"已到场设置围挡和警示标志，安排专人值守。\"}")
                .statusCode(200).body("status", equalTo("ROUTED")).body("action", equalTo("handle"))
                .body("allowedActions", equalTo(List.of("sign", "return")));
        await().atMost(WAIT).until(() -> alerts(caseId, EventTypes.CASE_HANDLED).size() == 1);
        JsonPath handled = alerts(caseId, EventTypes.CASE_HANDLED).get(0);
        assertEquals("已到场设置围挡和警示标志，安排专人值守。", handled.getString("measures"));
        assertTrue(handled.getBoolean("onTime"));
        assertEquals(UNIT, handled.getString("unitId"));
        assertTrue(handled.getString("responderName") != null);
        // once only
        act(token(), caseId, "handle", "{\"measures\":\"再次处置\"}").statusCode(409).contentType("application/problem+json");
        assertEquals(1, alerts(caseId, EventTypes.CASE_HANDLED).size());
        await().atMost(WAIT).untilAsserted(() -> assertEquals(
                List.of(List.of("FIX", "MISSED"), List.of("FIX", "WARN"), List.of("SIGN", "MISSED")), pendingTimers(caseId)));
        Map<String, Object> item = item(caseId);
        assertTrue(item.get("handledAt") != null);

        act(token(), caseId, "sign", null).statusCode(200);
        act(token(), caseId, "accept", null).statusCode(200);
        act(token(), caseId, "reply", "{\"reply\":\"井盖已更换。\"}").statusCode(200);
        assertEquals(List.of(List.of("FIX", "MISSED"), List.of("FIX", "WARN")), pendingTimers(caseId), "replied, not yet repaired and completed");
        act(token(), caseId, "complete", null).statusCode(200);
        assertEquals(List.of(), pendingTimers(caseId), "completing meets the repair deadline");
        assertEquals("HANDLED", rows("select step from case_step where case_id = ? and step = 'HANDLED'", caseId).get(0).get(0));
    }

    @Test
    void anUrgentCaseNotMadeSafeInTimeIsOverdueAndSupervised() throws Exception {
        // reported four hours ago, spent them in dispatch: the make-safe deadline passed before the unit got it
        OffsetDateTime receivedAt = now().minusHours(4);
        String caseId = urgentCase(receivedAt);
        await().atMost(WAIT).until(() -> alerts(caseId, EventTypes.CASE_DEADLINE_MISSED).stream()
                .anyMatch(m -> "HANDLE".equals(m.getString("step"))));
        await().atMost(WAIT).until(() -> ofType(records(Topics.HANDLING, caseId), EventTypes.SUPERVISION_OPENED).size() == 1);
        JsonPath opened = JsonPath.from(KafkaProbe.body(ofType(records(Topics.HANDLING, caseId), EventTypes.SUPERVISION_OPENED).get(0)));
        assertEquals("OVERDUE", opened.getString("trigger"));
        assertTrue(opened.getString("reason").startsWith("紧急事项处置逾期"), opened.getString("reason"));
        Map<String, Object> item = item(caseId);
        assertEquals(Boolean.TRUE, item.get("overdue"));
        assertTrue(receivedAt.plusHours(3).isEqual(OffsetDateTime.parse((String) item.get("nextDue"))), "the earliest running deadline: " + item);
        // made safe late: the step is still taken, and says so
        act(token(), caseId, "handle", "{\"measures\":\"已设置围挡。\"}").statusCode(200);
        await().atMost(WAIT).until(() -> alerts(caseId, EventTypes.CASE_HANDLED).size() == 1);
        assertEquals(false, alerts(caseId, EventTypes.CASE_HANDLED).get(0).getBoolean("onTime"));
        assertEquals(1, alerts(caseId, EventTypes.CASE_DEADLINE_MISSED).stream().filter(m -> "HANDLE".equals(m.getString("step"))).count());
    }

    @Test
    void anOrdinaryCaseHasNothingToMakeSafe() throws Exception {
        String caseId = routedCase(UNIT, UNIT_NAME, now(), token());
        act(token(), caseId, "handle", "{\"measures\":\"现场查看\"}").statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("not urgent"));
        assertEquals(0, alerts(caseId, EventTypes.CASE_HANDLED).size());
        assertEquals(List.of("sign", "return"), item(caseId).get("allowedActions"));
    }
}
