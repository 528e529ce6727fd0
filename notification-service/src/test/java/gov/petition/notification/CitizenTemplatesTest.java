package gov.petition.notification;

import gov.petition.notification.domain.CitizenMessages;
import gov.petition.notification.domain.CitizenMessages.Notice;
import gov.petition.notification.domain.CitizenTemplates;
import io.quarkus.qute.Engine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The citizen's templates, rendered by a plain Qute engine: no Quarkus needed. */
class CitizenTemplatesTest {

    private final CitizenTemplates templates = new CitizenTemplates(engine());

    @Test
    void theStoredReceiptNeverHoldsTheWholeTrackingCodeButTheSentOneDoes() {
        var message = templates.render(new Notice("gov.petition.case.received", "A2026-11-000001", "K7QM2X9PRT",
                null, null, null, null, null)).orElseThrow();
        assertFalse(message.logText().contains("K7QM2X9PRT"), message.logText());
        assertTrue(message.body().contains("K7QM2X9PRT"), message.body());
        assertTrue(message.body().startsWith("您的诉求已收到"), message.body());
        assertTrue(message.body().contains("tracking code"), "English follows the Chinese");
        assertTrue(message.subject().contains("A2026-11-000001"), message.subject());
    }

    @Test
    void aRejectionGivesTheReason() {
        var message = templates.render(new Notice("gov.petition.case.rejected", "A2026-11-000002", null, "A市教育局", "钟新浩",
                "该事项已进入诉讼程序。", null, null)).orElseThrow();
        assertTrue(message.body().contains("理由：该事项已进入诉讼程序。"), message.body());
        assertTrue(message.body().contains("A市教育局"), message.body());
    }

    @Test
    void everyStepTheCitizenHearsOfHasATemplate() {
        for (String type : CitizenMessages.TYPES) {
            var message = templates.render(new Notice(type, "A2026-11-000003", "K7QM2X9PRT", "A市教育局", "钟新浩", "r", "答复", "2026-11-30 17:00"));
            assertTrue(message.isPresent(), type);
            assertTrue(message.get().body().contains("A2026-11-000003"), type);
        }
        assertTrue(templates.render(Notice.of("gov.petition.case.signed", "A2026-11-000003")).isEmpty(), "signing is not the citizen's news");
    }

    private static Engine engine() {
        Engine engine = Engine.builder().addDefaults().build();
        for (String name : new String[] {"subject", "gov.petition.case.received", "gov.petition.case.routed", "gov.petition.case.accepted",
                "gov.petition.case.rejected", "gov.petition.case.replied", "gov.petition.case.completed"}) {
            String id = "citizen/" + name + ".txt";
            try (InputStream in = CitizenTemplatesTest.class.getClassLoader().getResourceAsStream("templates/" + id)) {
                assertNotNull(in, id);
                engine.putTemplate(id, engine.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return engine;
    }
}
