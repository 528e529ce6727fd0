package gov.petition.notification;

import gov.petition.notification.domain.CitizenContact;
import gov.petition.notification.domain.DeliveryChannel;
import gov.petition.notification.domain.ContactMask;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContactMaskTest {

    @Test
    void phonesAndEmailsAreMasked() {
        assertEquals("138****8000", ContactMask.phone("13800138000"));
        assertEquals("z***@example.cn", ContactMask.email("zhangsan@example.cn"));
    }

    @Test
    void errorMessagesAreScrubbedOfContacts() {
        String scrubbed = ContactMask.scrub("550 5.1.1 <zhangsan@example.cn> unknown; callback 13800138000 failed");
        assertFalse(scrubbed.contains("zhangsan@example.cn"), scrubbed);
        assertFalse(scrubbed.contains("13800138000"), scrubbed);
        assertTrue(scrubbed.contains("z***@example.cn"), scrubbed);
    }

    @Test
    void anAnonymousCitizenIsNotContacted() {
        var contact = new CitizenContact("MAILBOX", null, null, true, null);
        assertEquals(DeliveryChannel.NONE, contact.deliveryChannel(java.util.Set.of()));
        assertEquals(null, contact.contact(DeliveryChannel.NONE));
    }
}
