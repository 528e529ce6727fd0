package gov.petition.notification;

import gov.petition.notification.domain.CitizenMessages;
import gov.petition.notification.domain.ContactMask;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ContactMaskTest {

    @Test
    void phonesAndEmailsAreMasked() {
        assertEquals("138****8000", ContactMask.phone("13800138000"));
        assertEquals("z***@example.cn", ContactMask.email("zhangsan@example.cn"));
    }

    @Test
    void theStoredReceiptNeverHoldsTheWholeTrackingCode() {
        String text = CitizenMessages.text("gov.petition.case.received", "A2026-11-000001", "K7QM2X9PRT", null).orElseThrow();
        assertFalse(text.contains("K7QM2X9PRT"), text);
    }

    @Test
    void anAnonymousCitizenIsNotContacted() {
        var contact = new CitizenMessages.Contact("MAILBOX", null, null, true);
        assertEquals(CitizenMessages.DeliveryChannel.NONE, contact.preferred());
    }
}
