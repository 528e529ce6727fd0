package gov.petition.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gov.petition.events.CloudEventCodec;
import gov.petition.events.EventEnvelope;
import gov.petition.events.EventTypes;
import gov.petition.notification.domain.Audience;
import gov.petition.notification.domain.LifecycleNotices;
import gov.petition.notification.domain.Notice;
import gov.petition.notification.domain.NoticeTemplates;
import io.quarkus.qute.Engine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The notices' templates, rendered by a plain Qute engine: no Quarkus needed. */
class NoticeTemplatesTest {

    private final NoticeTemplates templates = new NoticeTemplates(engine());

    @Test
    void theStoredReceiptNeverHoldsTheWholeTrackingCodeButTheSentOneDoes() {
        var message = templates.render(citizen("gov.petition.case.received", Map.of("trackingCode", "K7QM2X9PRT")));
        assertFalse(message.logText().contains("K7QM2X9PRT"), message.logText());
        assertTrue(message.body().contains("K7QM2X9PRT"), message.body());
        assertTrue(message.body().startsWith("您的诉求已收到"), message.body());
        assertTrue(message.body().contains("tracking code"), "English follows the Chinese");
        assertTrue(message.subject().contains("A2026-11-000001"), message.subject());
    }

    @Test
    void aRejectionGivesTheReasonAndAReplyInvitesARating() {
        var rejected = templates.render(citizen("gov.petition.case.rejected", Map.of("unitName", "A市教育局", "reason", "该事项已进入诉讼程序。")));
        assertTrue(rejected.body().contains("理由：该事项已进入诉讼程序。"), rejected.body());
        var replied = templates.render(citizen("gov.petition.case.replied", Map.of("unitName", "A市教育局", "reply", "已安排整改。")));
        assertTrue(replied.body().contains("评价"), replied.body());
        assertTrue(replied.body().contains("rate this reply"), replied.body());
    }

    @Test
    void aHotSpotIsNamedByItsPlaceNotACase() {
        Map<String, String> values = new HashMap<>(Map.of("hotspotId", "hs-a3-lift", "placeName", "A3区", "keywords", "电梯、老旧",
                "caseCount", "7", "trendZh", "上升", "trendEn", "rising"));
        var message = templates.render(new Notice(Audience.LEADER, "gov.petition.hotspot.detected", "hs-a3-lift", "xd.a.a3", true, values));
        assertTrue(message.subject().startsWith("【网络理政】热点预警：A3区"), message.subject());
        assertTrue(message.body().contains("7 件相似诉求（关键词：电梯、老旧）"), message.body());
        var routed = templates.render(new Notice(Audience.LEADER, "gov.petition.case.routed", "A2026-11-000009", "xd.a", true,
                Map.of("caseId", "A2026-11-000009", "unitName", "A市人民政府")));
        assertTrue(routed.subject().contains("待批示"), routed.subject());
    }

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    private final LifecycleNotices notices = new LifecycleNotices(new CloudEventCodec(json));
    private static final LifecycleNotices.CaseFacts MANHOLE = new LifecycleNotices.CaseFacts("人民路井盖丢失", "城乡建设");

    private List<Notice> noticesOf(String type, String data) throws Exception {
        return noticesOf(type, data, MANHOLE);
    }

    private List<Notice> noticesOf(String type, String data, LifecycleNotices.CaseFacts facts) throws Exception {
        return notices.of(new EventEnvelope("e-" + type, "/petition/handling", type, "A2026-11-000001",
                OffsetDateTime.parse("2026-11-23T03:06:00Z"), json.readTree(data)), facts);
    }

    private static final String ROUTED_TO_A3_CITY_MANAGEMENT = """
            {"caseId":"A2026-11-000001","unitId":"xd.a.a3.cgj","unitName":"A3区城市管理局","category":"城乡建设","reason":"RULE",
             "confidence":0.9,"routedAt":"2026-11-23T03:07:00Z","leaderRequired":false,"attempt":1}""";

    @Test
    void aUnitsNewWorkNoticeOfAnUrgentCaseSaysSoFirstAndWhenToMakeItSafeAndRepairIt() throws Exception {
        var urgent = MANHOLE.withUrgency(new LifecycleNotices.Urgency("井盖", OffsetDateTime.parse("2026-11-23T06:05:00Z"),
                OffsetDateTime.parse("2026-11-24T03:05:00Z")));
        Notice notice = noticesOf(EventTypes.CASE_ROUTED, ROUTED_TO_A3_CITY_MANAGEMENT, urgent).stream()
                .filter(n -> n.audience() == Audience.UNIT).findFirst().orElseThrow();
        assertEquals("xd.a.a3.cgj", notice.recipientId());
        assertTrue(notice.roundTheClock(), "made safe within hours: not held until the morning");
        var message = templates.render(notice);
        assertEquals("""
                【紧急】【新工单】诉求 A2026-11-000001「人民路井盖丢失」（城乡建设）已转交A3区城市管理局办理，请及时签收。\
                此件涉及公共安全（井盖），须于 2026-11-23 14:05 前现场处置、2026-11-24 11:05 前修复。
                URGENT. New work: petition A2026-11-000001 "人民路井盖丢失" (城乡建设) has been routed to A3区城市管理局. \
                Please sign for it in time. It concerns public safety (井盖): make it safe on site by 2026-11-23 14:05 and \
                repair it by 2026-11-24 11:05.""", message.body());
        assertTrue(message.subject().startsWith("【紧急】【网络理政】诉求 A2026-11-000001"), message.subject());

        // a rule without a HANDLE limit asks only for the repair
        var fixOnly = MANHOLE.withUrgency(new LifecycleNotices.Urgency("塌陷", null, OffsetDateTime.parse("2026-11-24T03:05:00Z")));
        String body = templates.render(noticesOf(EventTypes.CASE_ROUTED, ROUTED_TO_A3_CITY_MANAGEMENT, fixOnly).get(1)).body();
        assertTrue(body.startsWith("【紧急】"), body);
        assertTrue(body.contains("此件涉及公共安全（塌陷），须于 2026-11-24 11:05 前修复。\n"), body);
        assertTrue(body.endsWith("It concerns public safety (塌陷): repair it by 2026-11-24 11:05."), body);
        assertFalse(body.contains("现场处置") || body.contains("safe on site"), body);
    }

    @Test
    void aUnitsNewWorkNoticeOfAnOrdinaryCaseIsNotUrgentAndMayWaitForTheMorning() throws Exception {
        Notice notice = noticesOf(EventTypes.CASE_ROUTED, ROUTED_TO_A3_CITY_MANAGEMENT).get(1);
        assertEquals(Audience.UNIT, notice.audience());
        assertFalse(notice.roundTheClock());
        var message = templates.render(notice);
        assertEquals("""
                【新工单】诉求 A2026-11-000001「人民路井盖丢失」（城乡建设）已转交A3区城市管理局办理，请及时签收。
                New work: petition A2026-11-000001 "人民路井盖丢失" (城乡建设) has been routed to A3区城市管理局. \
                Please sign for it in time.""", message.body());
        assertTrue(message.subject().startsWith("【网络理政】"), message.subject());
    }

    @Test
    void theCitizenOfAnUrgentCaseHearsWhenItWillBeMadeSafeAndRepaired() throws Exception {
        List<Notice> marked = noticesOf(EventTypes.CASE_MARKED_URGENT, """
                {"caseId":"A2026-11-000001","keyword":"井盖","rule":"紧急公共安全：3小时处置、24小时修复（成都井盖规则）",
                 "handleDue":"2026-11-23T06:05:00Z","fixDue":"2026-11-24T03:05:00Z","at":"2026-11-23T03:06:00Z"}""");
        assertEquals(1, marked.size());
        assertEquals(Audience.CITIZEN, marked.get(0).audience());
        assertFalse(marked.get(0).essential(), "progress, like acceptance: citizens who opted out are not sent it");
        var message = templates.render(marked.get(0));
        assertEquals("""
                您的诉求 A2026-11-000001 涉及公共安全（井盖），已列为紧急事项加快办理。将于 2026-11-23 14:05 前到场处置、消除险情。\
                将于 2026-11-24 11:05 前修复。请注意安全，远离危险区域。
                Your petition A2026-11-000001 concerns public safety (井盖) and is being treated as urgent. The danger will be \
                made safe on site by 2026-11-23 14:05. It will be repaired by 2026-11-24 11:05. Please keep away from the danger.""",
                message.body());

        // a rule without a HANDLE limit promises only the repair
        var fixOnly = templates.render(noticesOf(EventTypes.CASE_MARKED_URGENT, """
                {"caseId":"A2026-11-000001","keyword":"塌陷","rule":"r","handleDue":null,"fixDue":"2026-11-24T03:05:00Z"}""").get(0));
        assertFalse(fixOnly.body().contains("到场处置") || fixOnly.body().contains("made safe"), fixOnly.body());
        assertTrue(fixOnly.body().contains("（塌陷），已列为紧急事项加快办理。将于 2026-11-24 11:05 前修复。"), fixOnly.body());
    }

    @Test
    void theCitizenHearsWhatWasDoneOnSiteAndByWhom() throws Exception {
        List<Notice> handled = noticesOf(EventTypes.CASE_HANDLED, """
                {"caseId":"A2026-11-000001","unitId":"xd.a.a3.cgj","unitName":"A3区城市管理局","responderId":"xd.a.a3.cgj.1",
                 "responderName":"钟新浩","measures":"已到场设置围挡和警示标志，安排专人值守。","note":null,
                 "handleDue":"2026-11-23T06:05:00Z","onTime":true,"at":"2026-11-23T05:00:00Z"}""");
        assertEquals(1, handled.size());
        assertFalse(handled.get(0).essential(), "progress, like completion");
        var message = templates.render(handled.get(0));
        assertEquals("""
                A3区城市管理局已到场处置您的诉求 A2026-11-000001 反映的险情（经办人：钟新浩）：已到场设置围挡和警示标志，安排专人值守。
                A3区城市管理局 has made the danger in your petition A2026-11-000001 safe on site (handled by 钟新浩): \
                已到场设置围挡和警示标志，安排专人值守。""", message.body());
    }

    @Test
    void unitsAreWarnedOfTheUrgentLimitsInTheirOwnWords() throws Exception {
        String alert = """
                {"caseId":"A2026-11-000001","unitId":"xd.a.a3.cgj","unitName":"A3区城市管理局","step":"%s",
                 "due":"2026-11-23T06:05:00Z","at":"2026-11-23T05:05:00Z"}""";
        Notice warned = noticesOf(EventTypes.CASE_DEADLINE_WARNED, alert.formatted("HANDLE")).get(0);
        assertEquals(Audience.UNIT, warned.audience());
        assertEquals("xd.a.a3.cgj", warned.recipientId());
        assertEquals("""
                【时限预警】诉求 A2026-11-000001「人民路井盖丢失」的处置时限将于 2026-11-23 14:05 到期，请抓紧办理。
                Deadline warning: case A2026-11-000001 "人民路井盖丢失" is due for making it safe on site by 2026-11-23 14:05.""",
                templates.render(warned).body());
        var missedFix = templates.render(noticesOf(EventTypes.CASE_DEADLINE_MISSED, alert.formatted("FIX")).get(0));
        assertTrue(missedFix.body().startsWith("【已逾期】诉求 A2026-11-000001「人民路井盖丢失」已超过修复时限（2026-11-23 14:05）"),
                missedFix.body());
        assertTrue(missedFix.body().contains("missed its deadline for repairing it"), missedFix.body());
        // before routing no unit holds the case: nobody to warn, and nothing to fail on
        assertTrue(noticesOf(EventTypes.CASE_DEADLINE_WARNED, alert.formatted("HANDLE").replace("\"xd.a.a3.cgj\"", "null")).isEmpty());
    }

    @Test
    void everyTemplateRendersChineseFirstThenEnglish() throws Exception {
        for (Path file : templateFiles()) {
            String folder = file.getParent().getFileName().toString();
            String type = file.getFileName().toString().replaceFirst("\\.txt$", "");
            if (type.equals("subject")) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            Notice.KEYS.forEach(k -> values.put(k, "x"));
            values.put("caseId", "A2026-11-000003");
            var message = templates.render(new Notice(Audience.valueOf(folder.toUpperCase()), type, "A2026-11-000003", "u", true, values));
            List<String> lines = message.body().lines().toList();
            assertTrue(lines.get(0).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), file.toString());
            String last = lines.get(lines.size() - 1);
            assertTrue(last.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    && last.matches(".*[a-z]{3,}.*"), "English last: " + file);
        }
    }

    private static Notice citizen(String type, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.put("caseId", "A2026-11-000001");
        return new Notice(Audience.CITIZEN, type, "A2026-11-000001", "A2026-11-000001", true, all);
    }

    private static List<Path> templateFiles() throws IOException, URISyntaxException {
        Path root = Path.of(NoticeTemplatesTest.class.getClassLoader().getResource("templates").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".txt")).toList();
        }
    }

    private static Engine engine() {
        Engine engine = Engine.builder().addDefaults().build();
        try {
            Path root = Path.of(NoticeTemplatesTest.class.getClassLoader().getResource("templates").toURI());
            for (Path file : templateFiles()) {
                String id = root.relativize(file).toString().replace('\\', '/');
                try (InputStream in = Files.newInputStream(file)) {
                    assertNotNull(in, id);
                    engine.putTemplate(id, engine.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return engine;
    }
}
