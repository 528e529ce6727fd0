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
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who hears of what, on which channel: units on every channel they gave, leaders, the citizen's later steps, the
 * signed webhook, a channel that is down, duplicates, preferences and the log by recipient; against a real SMTP
 * server, a real SMS gateway and a real webhook receiver that checks signatures.
 */
@QuarkusTest
@QuarkusTestResource(value = PetitionTestInfra.class, initArgs = @ResourceArg(name = "database", value = "petition_notification_test"))
@QuarkusTestResource(DeliveryReceivers.class)
class RecipientsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    /** The city's secretary: a leader over every unit below xd.a. */
    private static final String CITY_LEADER = "xd.a.1";

    // injected by DeliveryReceivers
    GreenMail smtp;
    SmsGateway sms;
    WebhookReceiver webhooks;

    @Test
    void aUnitHearsOfNewWorkDeadlinesSupervisionAndReopeningOnEveryChannelItGave() throws Exception {
        String unit = "xd.a.t" + shortId();
        String caseId = "T-" + UUID.randomUUID();
        String unitMail = "xinfang-" + shortId() + "@unit.example.cn";
        String unitPhone = "139" + (10000000 + (int) (Math.random() * 89999999));
        String secret = "secret-of-" + unit + "-system";
        String token = DevTokens.forOfficial(CITY_LEADER);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                        {"unitName":"测试局","email":"%s","phone":"%s","webhookUrl":"%s","webhookSecret":"%s"}"""
                        .formatted(unitMail, unitPhone, webhooks.endpoint("/units/" + unit, secret), secret))
                .when().put("/api/v1/contacts/units/{unit}", unit)
                .then().statusCode(200).body("webhookSecretSet", equalTo(true)).body("email", equalTo(unitMail))
                .body("$", not(org.hamcrest.Matchers.hasKey("webhookSecret")));

        try (KafkaProbe kafka = kafka()) {
            kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, Events.received(caseId, "MAILBOX", null, null, false));
            kafka.sendEvent(Topics.ROUTING, EventTypes.CASE_ROUTED, caseId, Events.routed(caseId, unit, false));
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_DEADLINE_WARNED, caseId, Events.deadline(caseId, unit, "REPLY"));
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_DEADLINE_MISSED, caseId, Events.deadline(caseId, unit, "REPLY"));
            kafka.sendEvent(Topics.HANDLING, EventTypes.SUPERVISION_OPENED, caseId, """
                    {"caseId":"%s","supervisionId":"s-1","supervisingUnitId":"xd.a.zwj","supervisingUnitName":"A市政务服务管理局",
                     "unitId":"%s","unitName":"测试局","trigger":"OVERDUE","reason":"答复已逾期两个工作日","due":"2026-11-27T09:00:00Z",
                     "at":"2026-11-25T09:00:00Z"}""".formatted(caseId, unit));
            kafka.sendEvent(Topics.EVALUATION, EventTypes.CASE_REOPENED, caseId, """
                    {"caseId":"%s","unitId":"%s","unitName":"测试局","reason":"市民反映问题仍未解决","round":1,"at":"2026-11-28T09:00:00Z"}"""
                    .formatted(caseId, unit));
        }
        await().atMost(DEADLINE).until(() -> Mailbox.to(smtp, unitMail).size() == 5);
        String mails = String.join("\n", Mailbox.to(smtp, unitMail).stream().map(Mailbox::text).toList());
        assertTrue(mails.contains("【新工单】诉求 " + caseId + "「学校门口上下学时段拥堵」（教育文体）已转交测试局办理"), mails);
        assertTrue(mails.contains("答复时限将于"), mails);
        assertTrue(mails.contains("【已逾期】"), mails);
        assertTrue(mails.contains("A市政务服务管理局已对诉求 " + caseId), mails);
        assertTrue(mails.contains("第 1 轮答复市民不满意"), mails);
        await().atMost(DEADLINE).until(() -> sms.requestsFor(caseId).stream().filter(r -> unitPhone.equals(r.path("to").asText())).count() == 5);
        await().atMost(DEADLINE).until(() -> webhooks.requestsFor(caseId).size() == 5);
        for (WebhookReceiver.Received hook : webhooks.requestsFor(caseId)) {
            assertTrue(hook.signatureValid(), "the unit's system verified the signature");
            assertEquals("/units/" + unit, hook.path());
            assertEquals(unit, hook.body().path("recipient").path("unitId").asText());
            assertEquals("UNIT", hook.body().path("audience").asText());
            assertTrue(hook.timestamp().matches("\\d{10}"), hook.timestamp());
        }

        // the log by recipient: the full contact finds the unit's notices, shown masked
        await().atMost(DEADLINE).untilAsserted(() -> given().auth().oauth2(token).queryParam("recipient", unitMail.toUpperCase())
                .when().get("/api/v1/notifications").then().statusCode(200)
                .body("total", equalTo(5)).body("items.state", everyItem(equalTo("SENT")))
                .body("items.channel", everyItem(equalTo("EMAIL"))).body("items.recipientKind", everyItem(equalTo("UNIT")))
                .body("items.recipient", everyItem(equalTo(unit + " " + unitMail.charAt(0) + "***@unit.example.cn"))));
        given().auth().oauth2(token).queryParam("recipient", unit).when().get("/api/v1/notifications").then()
                .statusCode(200).body("total", equalTo(15));
        given().queryParam("recipient", unitMail).when().get("/api/v1/notifications").then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aCaseAwaitingInstructionAndAHotSpotReachTheLeadersOffice() throws Exception {
        String leaders = "xd.a.l" + shortId();
        String leaderMail = "leader-" + shortId() + "@gov.example.cn";
        given().auth().oauth2(DevTokens.forOfficial(CITY_LEADER)).contentType(ContentType.JSON)
                .body("{\"unitName\":\"测试区委办\",\"email\":\"" + leaderMail + "\"}")
                .when().put("/api/v1/contacts/units/{unit}", leaders).then().statusCode(200);
        String caseId = "T-" + UUID.randomUUID();
        String hotspotId = "hs-" + UUID.randomUUID();
        try (KafkaProbe kafka = kafka()) {
            kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, Events.received(caseId, "MAILBOX", null, null, true));
            kafka.sendEvent(Topics.ROUTING, EventTypes.CASE_ROUTED, caseId, Events.routed(caseId, leaders, true));
            // a street below the leaders' office, which has no contacts of its own
            kafka.sendEvent(Topics.EVALUATION, EventTypes.HOTSPOT_DETECTED, hotspotId, """
                    {"hotspotId":"%s","regionCode":"%s.jd1","placeName":"测试街道","keywords":["电梯","老旧小区"],
                     "caseIds":["A1","A2","A3","A4","A5","A6"],"windowStart":"2026-11-01T00:00:00Z","windowEnd":"2026-11-23T00:00:00Z",
                     "previousCount":2,"trend":"RISING","at":"2026-11-23T08:00:00Z"}""".formatted(hotspotId, leaders));
        }
        await().atMost(DEADLINE).until(() -> Mailbox.to(smtp, leaderMail).size() == 2);
        List<String> subjects = Mailbox.to(smtp, leaderMail).stream().map(Mailbox::subject).toList();
        assertTrue(subjects.contains("【网络理政】诉求 " + caseId + " 待批示 / Case " + caseId + " awaits your instruction"), subjects.toString());
        assertTrue(subjects.contains("【网络理政】热点预警：测试街道 / Hot spot in 测试街道"), subjects.toString());
        String mails = String.join("\n", Mailbox.to(smtp, leaderMail).stream().map(Mailbox::text).toList());
        assertTrue(mails.contains("测试街道近期集中出现 6 件相似诉求（关键词：电梯、老旧小区），趋势上升"), mails);
        given().queryParam("caseId", hotspotId).when().get("/api/v1/notifications").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].recipientKind", equalTo("LEADER"))
                .body("items[0].recipientId", equalTo(leaders));
        // the routed case: the leaders' office, and the (anonymous) citizen skipped; no unit told of work it must not start
        given().queryParam("caseId", caseId).when().get("/api/v1/notifications").then().statusCode(200)
                .body("items.findAll { it.eventType == 'gov.petition.case.routed' }.recipientKind", containsInAnyOrder("CITIZEN", "LEADER"));
    }

    @Test
    void theCitizenHearsOfAGrantedExtensionTheReturnVisitAndClosingButNotOfADeniedExtension() {
        String caseId = "T-" + UUID.randomUUID();
        String email = "c-" + shortId() + "@example.cn";
        try (KafkaProbe kafka = kafka()) {
            kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, Events.received(caseId, "MAILBOX", null, email, false));
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_EXTENSION_DECIDED, caseId, Events.extension(caseId, false, "2026-12-01T09:00:00Z"));
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_EXTENSION_DECIDED, caseId, Events.extension(caseId, true, "2026-12-08T09:00:00Z"));
            kafka.sendEvent(Topics.EVALUATION, EventTypes.RETURN_VISIT_SCHEDULED, caseId, """
                    {"caseId":"%s","unitId":"xd.a.jyj","due":"2026-12-15T09:00:00Z","at":"2026-12-10T09:00:00Z"}""".formatted(caseId));
            kafka.sendEvent(Topics.EVALUATION, EventTypes.CASE_CLOSED, caseId, """
                    {"caseId":"%s","unitId":"xd.a.jyj","reason":"RETURN_VISIT","at":"2026-12-16T09:00:00Z"}""".formatted(caseId));
        }
        await().atMost(DEADLINE).untilAsserted(() -> given().queryParam("caseId", caseId).when().get("/api/v1/notifications")
                .then().statusCode(200).body("total", equalTo(4)).body("items.state", everyItem(equalTo("SENT"))));
        String mails = String.join("\n", Mailbox.to(smtp, email).stream().map(Mailbox::text).toList());
        assertTrue(mails.contains("答复期限延至 2026-12-08 17:00"), mails);
        assertTrue(!mails.contains("2026-12-01 17:00"), "a denied extension is not news to the citizen");
        assertTrue(mails.contains("我们将于 2026-12-15 17:00 前对您进行回访"), mails);
        assertTrue(mails.contains("已办理完毕并归档"), mails);
    }

    @Test
    void aWeChatCitizenIsAnsweredOnWeChatThroughTheSignedWebhook() {
        String caseId = "T-" + UUID.randomUUID();
        try (KafkaProbe kafka = kafka()) {
            kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, Events.received(caseId, "WECHAT", "13800138000", null, false));
        }
        await().atMost(DEADLINE).until(() -> webhooks.requestsFor(caseId).size() == 1);
        WebhookReceiver.Received hook = webhooks.requestsFor(caseId).get(0);
        assertTrue(hook.signatureValid(), "WeChat's back end verified X-Signature");
        assertTrue(hook.signature().startsWith("sha256="), hook.signature());
        assertEquals("/wechat", hook.path());
        assertEquals("WECHAT", hook.body().path("recipient").path("channel").asText());
        assertEquals("wx_li_si", hook.body().path("recipient").path("userHandle").asText());
        assertTrue(hook.body().path("text").asText().contains("查询码 K7QM2X9PRT"), hook.body().toString());
        assertTrue(Math.abs(Long.parseLong(hook.timestamp()) - System.currentTimeMillis() / 1000) < 120, hook.timestamp());
        await().atMost(DEADLINE).untilAsserted(() -> given().queryParam("caseId", caseId).when().get("/api/v1/notifications")
                .then().body("items[0].channel", equalTo("WEBHOOK")).body("items[0].state", equalTo("SENT"))
                .body("items[0].recipient", equalTo("WECHAT user")));
        assertTrue(sms.requestsFor(caseId).isEmpty(), "answered where the citizen wrote, not by SMS");
    }

    @Test
    void anSmsGatewayThatIsDownDoesNotHoldUpTheEmailAndItsFailureIsDeadLettered() throws Exception {
        String unit = "xd.a.d" + shortId();
        String unitMail = "duty-" + shortId() + "@unit.example.cn";
        String token = DevTokens.forOfficial(CITY_LEADER);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"email\":\"" + unitMail + "\",\"phone\":\"13700137000\"}")
                .when().put("/api/v1/contacts/units/{unit}", unit).then().statusCode(200);
        String caseId = "T-" + UUID.randomUUID();
        sms.failEveryRequestFor(caseId); // the gateway answers 503 for this case
        try (KafkaProbe kafka = kafka()) {
            kafka.sendEvent(Topics.ROUTING, EventTypes.CASE_ROUTED, caseId, Events.routed(caseId, unit, false));
        }
        await().atMost(DEADLINE).until(() -> Mailbox.to(smtp, unitMail).size() == 1);
        await().atMost(DEADLINE).untilAsserted(() -> given().queryParam("caseId", caseId).when().get("/api/v1/notifications")
                .then().body("items.find { it.recipientKind == 'UNIT' && it.channel == 'SMS' }.state", equalTo("FAILED"))
                .body("items.find { it.recipientKind == 'UNIT' && it.channel == 'SMS' }.attempts", equalTo(3))
                .body("items.find { it.recipientKind == 'UNIT' && it.channel == 'EMAIL' }.state", equalTo("SENT")));
        assertEquals(3, sms.requestsFor(caseId).size(), "three tries, then given up");
        given().auth().oauth2(token).queryParam("size", 200).when().get("/api/v1/notifications/dead-letters").then().statusCode(200)
                .body("items.findAll { it.caseId == '" + caseId + "' }", hasSize(1))
                .body("items.find { it.caseId == '" + caseId + "' }.channel", equalTo("SMS"))
                .body("items.find { it.caseId == '" + caseId + "' }.error", equalTo("SMS gateway answered 503"));
        given().when().get("/api/v1/notifications/dead-letters").then().statusCode(401);
    }

    @Test
    void anEventDeliveredTwiceAtOnceIsSentOnce() {
        String caseId = "T-" + UUID.randomUUID();
        String email = "once-" + shortId() + "@example.cn";
        String received = Events.received(caseId, "MAILBOX", null, email, false);
        try (KafkaProbe kafka = kafka()) {
            String id = kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, received);
            kafka.sendEvent(Topics.INTAKE, id, EventTypes.CASE_RECEIVED, caseId, received);
            kafka.sendEvent(Topics.INTAKE, id, EventTypes.CASE_RECEIVED, caseId, received);
            // same key, same partition: once this one is through, the repeats before it were too
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_REJECTED, caseId, """
                    {"caseId":"%s","unitId":"xd.a.jyj","unitName":"A市教育局","responderId":"xd.a.jyj.1","responderName":"钟新浩",
                     "reason":"不属于受理范围。","rule":"非政府职能","at":"2026-11-23T10:00:00Z"}""".formatted(caseId));
        }
        await().atMost(DEADLINE).until(() -> Mailbox.to(smtp, email).size() == 2);
        assertEquals(1, Mailbox.to(smtp, email).stream().filter(m -> Mailbox.text(m).contains("您的诉求已收到")).count());
        given().queryParam("caseId", caseId).when().get("/api/v1/notifications").then().body("total", equalTo(2));
    }

    @Test
    void aCitizenWhoOptsOutOfNonEssentialMessagesStillGetsTheEssentialOnesOnTheChannelTheyChose() {
        String caseId = "T-" + UUID.randomUUID();
        String email = "pref-" + shortId() + "@example.cn";
        try (KafkaProbe kafka = kafka()) {
            kafka.sendEvent(Topics.INTAKE, EventTypes.CASE_RECEIVED, caseId, Events.received(caseId, "MAILBOX", "13600136000", email, false));
        }
        await().atMost(DEADLINE).until(() -> sms.requestsFor(caseId).size() == 1); // the receipt, by SMS first
        given().contentType(ContentType.JSON).body("{\"caseId\":\"" + caseId + "\",\"trackingCode\":\"WRONG00000\",\"nonEssential\":false}")
                .when().put("/api/v1/preferences").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"caseId\":\"" + caseId + "\",\"trackingCode\":\"K7QM2X9PRT\",\"channel\":\"WEBHOOK\"}")
                .when().put("/api/v1/preferences").then().statusCode(400).body("errors[0].field", equalTo("channel"));
        given().contentType(ContentType.JSON).body("{\"caseId\":\"" + caseId + "\",\"trackingCode\":\"K7QM2X9PRT\",\"channel\":\"EMAIL\",\"nonEssential\":false}")
                .when().put("/api/v1/preferences").then().statusCode(200)
                .body("channel", equalTo("EMAIL")).body("nonEssential", equalTo(false))
                .body("available", containsInAnyOrder("SMS", "EMAIL"));
        try (KafkaProbe kafka = kafka()) {
            kafka.sendEvent(Topics.ROUTING, EventTypes.CASE_ROUTED, caseId, Events.routed(caseId, "xd.a.jyj", false));
            kafka.sendEvent(Topics.HANDLING, EventTypes.CASE_REPLIED, caseId, """
                    {"caseId":"%s","unitId":"xd.a.jyj","unitName":"A市教育局","responderId":"xd.a.jyj.1","responderName":"钟新浩",
                     "reply":"已协调交警在上下学时段设置临时停车点。","at":"2026-11-24T10:00:00Z"}""".formatted(caseId));
        }
        await().atMost(DEADLINE).until(() -> Mailbox.to(smtp, email).size() == 1);
        assertTrue(Mailbox.text(Mailbox.to(smtp, email).get(0)).contains("已协调交警"), "the reply is essential: sent, by e-mail as chosen");
        given().queryParam("caseId", caseId).when().get("/api/v1/notifications").then()
                .body("items.find { it.recipientKind == 'CITIZEN' && it.eventType == 'gov.petition.case.routed' }.state", equalTo("OPTED_OUT"))
                .body("items.findAll { it.recipientKind == 'CITIZEN' }.channel", hasItem("EMAIL"));
        assertEquals(1, sms.requestsFor(caseId).size(), "nothing more by SMS");
    }

    @Test
    void contactsAreRefusedWithProblemDetailsWhenInvalidOrNotTheOfficialsToSet() throws Exception {
        String unit = "xd.a.v" + shortId();
        String leader = DevTokens.forOfficial(CITY_LEADER);
        given().auth().oauth2(leader).contentType(ContentType.JSON).body("{\"email\":\"not-an-address\",\"phone\":\"x\"}")
                .when().put("/api/v1/contacts/units/{unit}", unit).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("email"))).body("errors.field", hasItem(containsString("phone")));
        given().auth().oauth2(leader).contentType(ContentType.JSON).body("{\"webhookUrl\":\"https://oa.example.cn/hook\"}")
                .when().put("/api/v1/contacts/units/{unit}", unit).then().statusCode(400).body("errors[0].field", equalTo("webhookSecret"));
        given().auth().oauth2(leader).when().get("/api/v1/contacts/units/{unit}", unit).then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"email\":\"a@b.cn\"}")
                .when().put("/api/v1/contacts/units/{unit}", unit).then().statusCode(401);
        // an official of the education bureau may not set another unit's contacts
        given().auth().oauth2(DevTokens.forOfficial("xd.a.jyj.1")).contentType(ContentType.JSON).body("{\"email\":\"a@b.cn\"}")
                .when().put("/api/v1/contacts/units/{unit}", unit).then().statusCode(403);
    }

    @Test
    void everyEndpointIsDocumentedWithExamples() {
        String openapi = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString();
        for (String path : List.of("/api/v1/notifications", "/api/v1/notifications/stream", "/api/v1/notifications/dead-letters",
                "/api/v1/contacts/units/{unitId}", "/api/v1/preferences")) {
            assertTrue(openapi.contains("\"" + path + "\""), path);
        }
        for (String example : List.of("xinfang@jyj.a.example.gov.cn", "K7QM2X9PRT", "13800138000", "event: notification")) {
            assertTrue(openapi.contains(example), example);
        }
    }

    private static KafkaProbe kafka() {
        return new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
