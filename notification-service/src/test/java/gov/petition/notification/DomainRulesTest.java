package gov.petition.notification;

import gov.petition.notification.domain.CitizenContact;
import gov.petition.notification.domain.ContactDigest;
import gov.petition.notification.domain.DeliveryChannel;
import gov.petition.notification.domain.QuietHours;
import gov.petition.notification.domain.UnitContacts;
import gov.petition.notification.domain.WebhookSignature;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quiet hours, channel choice, digests and signatures: plain Java. */
class DomainRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0), SHANGHAI);

    @Test
    void aTextDueAtNightWaitsForEightInTheMorning() {
        // 23:30 in Shanghai is 15:30 UTC; it waits until 08:00 the next day (00:00 UTC)
        assertEquals(Optional.of(Instant.parse("2026-11-24T00:00:00Z")), night.deferral(Instant.parse("2026-11-23T15:30:00Z")));
        // 06:00 in Shanghai: until 08:00 the same day
        assertEquals(Optional.of(Instant.parse("2026-11-24T00:00:00Z")), night.deferral(Instant.parse("2026-11-23T22:00:00Z")));
        // 08:00 and 21:59 are not quiet
        assertEquals(Optional.empty(), night.deferral(Instant.parse("2026-11-24T00:00:00Z")));
        assertEquals(Optional.empty(), night.deferral(Instant.parse("2026-11-23T13:59:00Z")));
    }

    @Test
    void aQuietPeriodWithinOneDayAlsoWorks() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 30), SHANGHAI);
        assertEquals(Optional.of(Instant.parse("2026-11-23T05:30:00Z")), lunch.deferral(Instant.parse("2026-11-23T04:10:00Z")));
        assertEquals(Optional.empty(), lunch.deferral(Instant.parse("2026-11-23T06:00:00Z")));
    }

    @Test
    void aCitizenFromAChannelWithAWebhookIsAnsweredThereUnlessTheyChoseOtherwise() {
        var wechat = new CitizenContact("WECHAT", "13800138000", "li@example.cn", false, null);
        assertEquals(DeliveryChannel.WEBHOOK, wechat.deliveryChannel(Set.of("WECHAT")));
        assertEquals(DeliveryChannel.SMS, wechat.deliveryChannel(Set.of()));
        assertEquals(List.of(DeliveryChannel.WEBHOOK, DeliveryChannel.SMS, DeliveryChannel.EMAIL), wechat.reachableBy(Set.of("WECHAT")));
        var chose = new CitizenContact("WECHAT", "13800138000", "li@example.cn", false, DeliveryChannel.EMAIL);
        assertEquals(DeliveryChannel.EMAIL, chose.deliveryChannel(Set.of("WECHAT")));
        var anonymous = new CitizenContact("MAILBOX", null, null, true, DeliveryChannel.SMS);
        assertEquals(DeliveryChannel.NONE, anonymous.deliveryChannel(Set.of()));
    }

    @Test
    void aLeadersOfficeWithoutContactsIsReachedThroughTheLevelsAbove() {
        assertEquals(List.of("xd.a.a3.zjj", "xd.a.a3", "xd.a", "xd"), UnitContacts.selfAndAncestors("xd.a.a3.zjj"));
        assertEquals(List.of(DeliveryChannel.EMAIL, DeliveryChannel.SMS),
                new UnitContacts("xd.a.jyj", "x@jyj.cn", "13900139000", null).channels());
    }

    @Test
    void theSameContactWrittenDifferentlyHasOneDigestAndTheKeyMatters() {
        ContactDigest digest = new ContactDigest("k1");
        assertEquals(digest.ofContact("13800138000"), digest.ofContact("+86 138-0013-8000"));
        assertEquals(digest.ofContact("Li@Example.cn"), digest.ofContact("li@example.cn"));
        assertNotEquals(digest.ofContact("13800138000"), new ContactDigest("k2").ofContact("13800138000"));
        assertFalse(digest.ofContact("13800138000").contains("13800138000"));
    }

    @Test
    void aReceiverVerifiesTheSignatureAndNoticesTampering() {
        byte[] body = "{\"text\":\"您的诉求已收到\"}".getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSignature.sign("s3cret-shared-with-wechat", body);
        assertTrue(signature.matches("sha256=[0-9a-f]{64}"), signature);
        assertTrue(WebhookSignature.verify("s3cret-shared-with-wechat", body, signature));
        assertFalse(WebhookSignature.verify("another-secret-entirely", body, signature));
        assertFalse(WebhookSignature.verify("s3cret-shared-with-wechat", "{\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8), signature));
    }
}
