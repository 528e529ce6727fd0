package gov.petition.intake.domain;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Case numbers people can read ({@code A2026-11-000123}) and tracking codes nobody can guess. */
public final class CaseNumbers {

    /** The city's civil time: case numbers carry the month the case arrived in, as the city counts it. */
    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");
    /** No 0/O, 1/I/L: codes are read out over the phone. 32 symbols, 10 of them: 50 bits. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int CODE_LENGTH = 10;

    private final SecureRandom random = new SecureRandom();
    private final String prefix;

    public CaseNumbers(String prefix) {
        this.prefix = prefix;
    }

    /** The case number for a database sequence value; unique because the sequence is, ordered with it. */
    public String caseId(long sequence, OffsetDateTime receivedAt) {
        var local = receivedAt.atZoneSameInstant(CITY_ZONE);
        return String.format("%s%04d-%02d-%06d", prefix, local.getYear(), local.getMonthValue(), sequence);
    }

    public String trackingCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
