package gov.petition.notification;

import com.icegreen.greenmail.util.GreenMail;
import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.infra.DevTokens;
import gov.petition.infra.KafkaProbe;
import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text messages wait for the end of the quiet hours, durably, while e-mail goes at once. */
@QuarkusTest
@TestProfile(QuietHoursTest.QuietNow.class)
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_notification_test"))
@QuarkusTestResource(DeliveryReceivers.class)
class QuietHoursTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    /** Quiet hours from an hour ago to an hour from now, Shanghai time, whenever the test runs. */
    public static class QuietNow implements QuarkusTestProfile {
        static final LocalTime START = LocalTime.now(SHANGHAI).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
        static final LocalTime END = LocalTime.now(SHANGHAI).plusHours(1).truncatedTo(ChronoUnit.MINUTES);

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("petition.notification.sms.quiet-hours.enabled", "true",
                    "petition.notification.sms.quiet-hours.start", START.toString(),
                    "petition.notification.sms.quiet-hours.end", END.toString());
        }
    }

    // injected by DeliveryReceivers
    GreenMail smtp;
    SmsGateway sms;

    @Test
    void aTextDueInTheQuietHoursWaitsForTheirEndWhileTheEmailGoesAtOnce() throws Exception {
        String unit = "xd.a.q" + UUID.randomUUID().toString().substring(0, 8);
        String unitMail = "night-" + UUID.randomUUID().toString().substring(0, 8) + "@unit.example.cn";
        given().auth().oauth2(DevTokens.forOfficial("xd.a.1")).contentType(ContentType.JSON)
                .body("{\"email\":\"" + unitMail + "\",\"phone\":\"13500135000\"}")
                .when().put("/api/v1/contacts/units/{unit}", unit).then().statusCode(200);
        String caseId = "T-" + UUID.randomUUID();
        try (KafkaProbe kafka = new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, Events.received(caseId, "MAILBOX", "13800138000", null, false));
            kafka.sendEvent(Topics.ROUTING, EventTypes.CASE_ROUTED, caseId, Events.routed(caseId, unit, false));
        }
        await().atMost(DEADLINE).until(() -> Mailbox.to(smtp, unitMail).size() == 1);

        ZonedDateTime now = ZonedDateTime.now(SHANGHAI);
        // as the application has it (the profile may have been built a minute before this class was loaded)
        LocalTime configuredEnd = LocalTime.parse(ConfigProvider.getConfig().getValue("petition.notification.sms.quiet-hours.end", String.class));
        ZonedDateTime end = now.with(configuredEnd);
        if (end.isBefore(now)) {
            end = end.plusDays(1); // the quiet hours run over midnight
        }
        given().queryParam("caseId", caseId).when().get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.recipientKind == 'UNIT' && it.channel == 'EMAIL' }.state", equalTo("SENT"))
                .body("items.find { it.recipientKind == 'UNIT' && it.channel == 'SMS' }.state", equalTo("PENDING"))
                .body("items.find { it.recipientKind == 'CITIZEN' && it.eventType == 'gov.petition.case.received' }.state", equalTo("PENDING"))
                .body("items.findAll { it.channel == 'SMS' }.notBefore.unique().size()", equalTo(1));
        assertTrue(sms.requestsFor(caseId).isEmpty(), "no text during the quiet hours");
        String notBefore = given().queryParam("caseId", caseId).when().get("/api/v1/notifications").then().extract()
                .path("items.find { it.channel == 'SMS' }.notBefore");
        assertEquals(end.toInstant(), OffsetDateTime.parse(notBefore).toInstant());
    }

    /** A new unit whose only contact is a mobile number. */
    private static String unitReachedByText(String phone) throws Exception {
        String unit = "xd.a.q" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(DevTokens.forOfficial("xd.a.1")).contentType(ContentType.JSON)
                .body("{\"phone\":\"" + phone + "\"}")
                .when().put("/api/v1/contacts/units/{unit}", unit).then().statusCode(200);
        return unit;
    }

    @Test
    void anUrgentCasesMakeSafeWarningGoesByTextAtOnceEvenInTheQuietHours() throws Exception {
        String unit = unitReachedByText("13500135001");
        String urgent = "T-" + UUID.randomUUID();
        String routine = "T-" + UUID.randomUUID();
        OffsetDateTime due = OffsetDateTime.now().plusHours(1);
        try (KafkaProbe kafka = new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_DEADLINE_WARNED, urgent, """
                    {"caseId":"%s","unitId":"%s","unitName":"测试局","step":"HANDLE","due":"%s","at":"%s"}"""
                    .formatted(urgent, unit, due, OffsetDateTime.now()));
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_DEADLINE_WARNED, routine, """
                    {"caseId":"%s","unitId":"%s","unitName":"测试局","step":"SIGN","due":"%s","at":"%s"}"""
                    .formatted(routine, unit, due, OffsetDateTime.now()));
        }
        await().atMost(DEADLINE).until(() -> !sms.requestsFor(urgent).isEmpty());
        await().atMost(DEADLINE).untilAsserted(() -> given().queryParam("caseId", routine).when().get("/api/v1/notifications")
                .then().statusCode(200).body("items.find { it.channel == 'SMS' }.state", equalTo("PENDING")));
        given().queryParam("caseId", urgent).when().get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.channel == 'SMS' }.notBefore", org.hamcrest.Matchers.nullValue());
        assertTrue(sms.requestsFor(routine).isEmpty(), "a routine warning waits for the morning");
    }

    @Test
    void aUnitHearsOfAnUrgentCasesNewWorkByTextAtOnceEvenInTheQuietHours() throws Exception {
        String unit = unitReachedByText("13500135002");
        String urgent = "T-" + UUID.randomUUID();
        String routine = "T-" + UUID.randomUUID();
        OffsetDateTime handleDue = OffsetDateTime.parse("2026-11-23T06:05:00Z");
        try (KafkaProbe kafka = new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, urgent, Events.received(urgent, "MAILBOX", "13800138000", null, false));
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_MARKED_URGENT, urgent, """
                    {"caseId":"%s","keyword":"井盖","rule":"紧急公共安全","handleDue":"%s","fixDue":"%s","at":"%s"}"""
                    .formatted(urgent, handleDue, handleDue.plusHours(21), OffsetDateTime.now()));
            // the mark is on another topic: routed only once it has been applied, as usually happens
            await().atMost(DEADLINE).untilAsserted(() -> given().queryParam("caseId", urgent).when().get("/api/v1/notifications")
                    .then().statusCode(200).body("items.eventType", org.hamcrest.Matchers.hasItem(EventTypes.CASE_MARKED_URGENT)));
            kafka.sendEvent(Topics.ROUTING, EventTypes.CASE_ROUTED, urgent, Events.routed(urgent, unit, false));
            kafka.sendEvent(Topics.ROUTING, EventTypes.CASE_ROUTED, routine, Events.routed(routine, unit, false));
        }
        await().atMost(DEADLINE).until(() -> !sms.requestsFor(urgent).isEmpty());
        String text = sms.requestsFor(urgent).get(0).path("text").asText();
        assertTrue(text.startsWith("【紧急】【新工单】诉求 " + urgent), text);
        assertTrue(text.contains("须于 2026-11-23 14:05 前现场处置、2026-11-24 11:05 前修复"), text);
        assertEquals(1, sms.requestsFor(urgent).size(), "the unit's text only: the citizen's wait for the morning");
        given().queryParam("caseId", urgent).when().get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.recipientKind == 'UNIT' && it.channel == 'SMS' }.notBefore", org.hamcrest.Matchers.nullValue())
                .body("items.find { it.recipientKind == 'CITIZEN' && it.eventType == 'gov.petition.case.routed' }.state", equalTo("PENDING"));

        await().atMost(DEADLINE).untilAsserted(() -> given().queryParam("caseId", routine).when().get("/api/v1/notifications")
                .then().statusCode(200).body("items.find { it.recipientKind == 'UNIT' && it.channel == 'SMS' }.state", equalTo("PENDING"))
                .body("items.find { it.recipientKind == 'UNIT' && it.channel == 'SMS' }.notBefore", org.hamcrest.Matchers.notNullValue()));
        assertTrue(sms.requestsFor(routine).isEmpty(), "an ordinary case's new work waits for the morning");
    }
}
