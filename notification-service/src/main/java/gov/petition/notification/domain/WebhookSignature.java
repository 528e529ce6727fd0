package gov.petition.notification.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The proof a webhook receiver checks: {@code X-Signature: sha256=<hex HMAC-SHA256 of the body with the shared
 * secret>}. The body carries its own {@code sentAt}, so the signature covers the time too and a replayed old
 * message can be told apart; {@code X-Timestamp} repeats it for receivers that check freshness first.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Signature";
    public static final String TIMESTAMP_HEADER = "X-Timestamp";

    private WebhookSignature() {
    }

    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** What a receiver does: recompute and compare in constant time. */
    public static boolean verify(String secret, byte[] body, String signatureHeader) {
        if (signatureHeader == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII),
                signatureHeader.getBytes(StandardCharsets.US_ASCII));
    }
}
