package gov.petition.evaluation.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Checks a citizen's tracking code against the SHA-256 stored at receipt, so the code itself is never kept here. */
public final class TrackingCodes {

    private TrackingCodes() {
    }

    public static String hash(String trackingCode) {
        if (trackingCode == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(trackingCode.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Constant-time, so the time taken tells nothing about how close a guess was. */
    public static boolean matches(String storedHash, String trackingCode) {
        return storedHash != null && trackingCode != null && MessageDigest.isEqual(
                storedHash.getBytes(StandardCharsets.US_ASCII), hash(trackingCode).getBytes(StandardCharsets.US_ASCII));
    }
}
