package gov.petition.notification.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A keyed digest (HMAC-SHA256) of a contact or tracking code: the log can be searched by a full phone number or
 * e-mail address, and a tracking code checked, without either being stored in clear. Keyed, because phone numbers
 * are few enough to be guessed from a plain hash.
 */
public final class ContactDigest {

    private final byte[] key;

    public ContactDigest(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("the contact digest needs a key");
        }
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    /** The digest of a contact, after normalising it: e-mail in lower case, phone numbers as digits without +86. */
    public String ofContact(String contact) {
        return contact == null || contact.isBlank() ? null : hmac(normalise(contact));
    }

    public String ofTrackingCode(String code) {
        return code == null || code.isBlank() ? null : hmac("tracking:" + code.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether a stored digest and a fresh one agree, compared in constant time. */
    public static boolean matches(String stored, String given) {
        return stored != null && given != null
                && MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    static String normalise(String contact) {
        String c = contact.strip();
        if (c.contains("@")) {
            return c.toLowerCase(Locale.ROOT);
        }
        String digits = c.replaceAll("[^0-9]", "");
        if (c.startsWith("+86") || (digits.startsWith("86") && digits.length() == 13)) {
            digits = digits.substring(2);
        }
        return digits.isEmpty() ? c : digits;
    }

    private String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
