package gov.petition.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.infra.DevTokens;
import gov.petition.infra.KafkaProbe;
import gov.petition.infra.PetitionTestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Notifications reach a real SMTP server and a real HTTP SMS gateway, and their outcome is published. */
@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_notification_test"))
@QuarkusTestResource(DeliveryReceivers.class)
class DeliveryTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private final ObjectMapper mapper = new ObjectMapper();

    // injected by DeliveryReceivers
    GreenMail smtp;
    SmsGateway sms;

    @Test
    void aCitizenWhoGaveAnEmailAddressGetsTheReceiptAndTheRejectionByEmail() throws Exception {
        String caseId = "T-" + UUID.randomUUID();
        String email = "citizen-" + caseId.substring(2, 10) + "@example.cn";
        try (KafkaProbe kafka = kafka()) {
            kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, received(caseId, null, email));
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_REJECTED, caseId, """
                    {"caseId":"%s","unitId":"xd.a.jyj","unitName":"A市教育局","responderId":"xd.a.jyj.1","responderName":"钟新浩",
                     "reason":"该事项已进入诉讼程序，请依法通过司法途径解决。","rule":"已进入诉讼程序","at":"2026-11-23T10:00:00Z"}"""
                    .formatted(caseId));
        }
        await().atMost(DEADLINE).until(() -> Mailbox.to(smtp, email).size() == 2);
        List<MimeMessage> mails = Mailbox.to(smtp, email);
        for (MimeMessage mail : mails) {
            assertTrue(mail.getSubject().contains(caseId), mail.getSubject());
            assertTrue(mail.getContentType().toLowerCase().contains("utf-8"), mail.getContentType());
        }
        String bodies = String.join("\n", mails.stream().map(Mailbox::text).toList());
        assertTrue(bodies.contains("您的诉求已收到，案件编号 " + caseId + "，查询码 K7QM2X9PRT"), bodies);
        assertTrue(bodies.contains("理由：该事项已进入诉讼程序，请依法通过司法途径解决。"), bodies);

        await().atMost(DEADLINE).untilAsserted(() -> given().queryParam("caseId", caseId).when().get("/api/v1/notifications")
                .then().statusCode(200).body("total", equalTo(2)).body("items.state", everyItem(equalTo("SENT"))));
        given().queryParam("caseId", caseId).when().get("/api/v1/notifications").then()
                .body("items.channel", everyItem(equalTo("EMAIL")))
                .body("items.recipient", everyItem(equalTo(email.charAt(0) + "***@example.cn")))
                .body("items.attempts", everyItem(equalTo(1)))
                // the log keeps the receipt with the tracking code masked, as before delivery existed
                .body("items.text", everyItem(not(containsString("K7QM2X9PRT"))));
    }

    @Test
    void anSmsIsRetriedWhenTheGatewayFailsAndItsDeliveryIsPublished() throws Exception {
        String caseId = "T-" + UUID.randomUUID();
        sms.failFirstRequestFor(caseId);
        try (KafkaProbe kafka = kafka()) {
            kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, received(caseId, "13800138000", null));
        }
        await().atMost(DEADLINE).untilAsserted(() -> given().queryParam("caseId", caseId).when().get("/api/v1/notifications")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].state", equalTo("SENT")).body("items[0].attempts", equalTo(2))
                .body("items[0].channel", equalTo("SMS")).body("items[0].recipient", equalTo("138****8000")));
        List<JsonNode> requests = sms.requestsFor(caseId);
        assertEquals(2, requests.size(), "one refused, one accepted");
        assertEquals("13800138000", requests.get(1).path("to").asText());
        assertTrue(requests.get(1).path("text").asText().startsWith("您的诉求已收到，案件编号 " + caseId), requests.get(1).toString());

        try (KafkaProbe kafka = kafka()) {
            await().atMost(DEADLINE).until(() -> published(kafka, caseId, EventTypes.NOTIFICATION_DELIVERED) != null);
            ConsumerRecord<String, byte[]> record = published(kafka, caseId, EventTypes.NOTIFICATION_DELIVERED);
            JsonNode data = mapper.readTree(record.value());
            assertEquals(caseId, record.key());
            assertEquals(2, data.path("attempts").asInt());
            assertEquals("SMS", data.path("channel").asText());
            assertEquals("138****8000", data.path("recipient").asText());
            assertEquals(EventTypes.CASE_RECEIVED, data.path("eventType").asText());
            assertFalse(KafkaProbe.body(record).contains("13800138000"), "no contact on the wire");
        }
    }

    @Test
    void anSmsTheGatewayKeepsRefusingFailsAfterTheLastTryAndTheFailureIsPublished() throws Exception {
        String caseId = "T-" + UUID.randomUUID();
        sms.failEveryRequestFor(caseId);
        try (KafkaProbe kafka = kafka()) {
            kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, received(caseId, "13800138000", null));
        }
        // %test allows 3 tries
        await().atMost(DEADLINE).untilAsserted(() -> given().queryParam("caseId", caseId).when().get("/api/v1/notifications")
                .then().statusCode(200).body("items[0].state", equalTo("FAILED")).body("items[0].attempts", equalTo(3))
                .body("items[0].lastError", equalTo("SMS gateway answered 503")));
        assertEquals(3, sms.requestsFor(caseId).size());
        try (KafkaProbe kafka = kafka()) {
            await().atMost(DEADLINE).until(() -> published(kafka, caseId, EventTypes.NOTIFICATION_FAILED) != null);
            JsonNode data = mapper.readTree(published(kafka, caseId, EventTypes.NOTIFICATION_FAILED).value());
            assertEquals(3, data.path("attempts").asInt());
            assertEquals("SMS gateway answered 503", data.path("error").asText());
            assertEquals("138****8000", data.path("recipient").asText());
        }
    }

    @Test
    void anAnonymousCitizenIsLoggedAsSkippedAndNothingIsSent() {
        String caseId = "T-" + UUID.randomUUID();
        try (KafkaProbe kafka = kafka()) {
            kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, """
                    {"caseId":"%s","trackingCode":"K7QM2X9PRT","channel":"HOTLINE_12345","externalId":"%s","title":"t","content":"c",
                     "citizen":{"anonymous":true},"disclosure":"PRIVATE","receivedAt":"2026-11-23T09:30:00Z"}""".formatted(caseId, caseId));
        }
        await().atMost(DEADLINE).untilAsserted(() -> given().queryParam("caseId", caseId).when().get("/api/v1/notifications")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].state", equalTo("SKIPPED")).body("items[0].channel", equalTo("NONE")));
        assertTrue(sms.requestsFor(caseId).isEmpty());
    }

    @Test
    void anUrgentCaseTellsTheCitizenWhenItWillBeAndWasMadeSafeAndWarnsTheUnitOfTheHandleDeadline() throws Exception {
        String caseId = "T-" + UUID.randomUUID();
        String citizenMail = "citizen-" + caseId.substring(2, 10) + "@example.cn";
        String unit = "xd.a.u" + caseId.substring(2, 10);
        String unitMail = "zhiban-" + caseId.substring(2, 10) + "@unit.example.cn";
        given().auth().oauth2(DevTokens.forOfficial("xd.a.1")).contentType(ContentType.JSON)
                .body("{\"unitName\":\"A3区城市管理局\",\"email\":\"" + unitMail + "\"}")
                .when().put("/api/v1/contacts/units/{unit}", unit).then().statusCode(200);
        String unitFields = "\"unitId\":\"%s\",\"unitName\":\"A3区城市管理局\"".formatted(unit);
        try (KafkaProbe kafka = kafka()) {
            kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, """
                    {"caseId":"%s","trackingCode":"K7QM2X9PRT","channel":"APP","externalId":"%s","title":"人民路井盖丢失",
                     "content":"人民路12号门口井盖丢失。","category":"城乡建设","citizen":{"name":"张三","email":"%s","anonymous":false},
                     "disclosure":"PRIVATE","receivedAt":"2026-11-23T03:05:00Z"}""".formatted(caseId, caseId, citizenMail));
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_MARKED_URGENT, caseId, """
                    {"caseId":"%s","keyword":"井盖","rule":"紧急公共安全：3小时处置、24小时修复（成都井盖规则）",
                     "handleDue":"2026-11-23T06:05:00Z","fixDue":"2026-11-24T03:05:00Z","at":"2026-11-23T03:05:01Z"}""".formatted(caseId));
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_DEADLINE_WARNED, caseId, """
                    {"caseId":"%s",%s,"step":"HANDLE","due":"2026-11-23T06:05:00Z","at":"2026-11-23T05:05:00Z"}"""
                    .formatted(caseId, unitFields));
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_HANDLED, caseId, """
                    {"caseId":"%s",%s,"responderId":"xd.a.a3.cgj.1","responderName":"钟新浩",
                     "measures":"已到场设置围挡和警示标志，安排专人值守。","note":null,"handleDue":"2026-11-23T06:05:00Z",
                     "onTime":true,"at":"2026-11-23T05:30:00Z"}""".formatted(caseId, unitFields));
        }
        await().atMost(DEADLINE).until(() -> Mailbox.to(smtp, unitMail).size() == 1);
        String warning = Mailbox.text(Mailbox.to(smtp, unitMail).get(0));
        assertTrue(warning.contains("【时限预警】诉求 " + caseId + "「人民路井盖丢失」的处置时限将于 2026-11-23 14:05 到期"), warning);
        assertTrue(warning.contains("is due for making it safe on site by 2026-11-23 14:05"), warning);

        await().atMost(DEADLINE).until(() -> Mailbox.to(smtp, citizenMail).size() == 3);
        String bodies = String.join("\n", Mailbox.to(smtp, citizenMail).stream().map(Mailbox::text).toList());
        assertTrue(bodies.contains("您的诉求 " + caseId + " 涉及公共安全（井盖），已列为紧急事项加快办理。将于 2026-11-23 14:05 前到场处置、消除险情。"
                + "将于 2026-11-24 11:05 前修复。"), bodies);
        assertTrue(bodies.contains("A3区城市管理局已到场处置您的诉求 " + caseId + " 反映的险情（经办人：钟新浩）：已到场设置围挡和警示标志"), bodies);
        assertTrue(bodies.contains("has made the danger in your petition " + caseId + " safe on site (handled by 钟新浩)"), bodies);
        await().atMost(DEADLINE).untilAsserted(() -> given().queryParam("caseId", caseId).when().get("/api/v1/notifications")
                .then().statusCode(200).body("total", equalTo(4)).body("items.state", everyItem(equalTo("SENT"))));
    }

    private static KafkaProbe kafka() {
        return new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    private static String received(String caseId, String phone, String email) {
        return """
                {"caseId":"%s","trackingCode":"K7QM2X9PRT","channel":"MAILBOX","externalId":"%s","title":"t","content":"c",
                 "citizen":{"name":"张三","phone":%s,"email":%s,"anonymous":false},
                 "disclosure":"PRIVATE","receivedAt":"2026-11-23T09:30:00Z"}"""
                .formatted(caseId, caseId, phone == null ? "null" : '"' + phone + '"', email == null ? "null" : '"' + email + '"');
    }

    private static ConsumerRecord<String, byte[]> published(KafkaProbe kafka, String caseId, String type) {
        return kafka.readAll(Topics.NOTIFICATION).stream()
                .filter(r -> caseId.equals(KafkaProbe.header(r, "ce_subject")) && type.equals(KafkaProbe.header(r, "ce_type")))
                .findFirst().orElse(null);
    }
}
