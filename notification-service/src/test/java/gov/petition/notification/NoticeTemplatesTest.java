package gov.petition.notification;

import gov.petition.notification.domain.Audience;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
