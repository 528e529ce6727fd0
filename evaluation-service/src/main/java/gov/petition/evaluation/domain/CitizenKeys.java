package gov.petition.evaluation.domain;

import java.util.Locale;

/**
 * Recognises the same citizen across cases without keeping their contact: the SHA-256 of the normalised phone
 * number (digits only, without the +86 prefix) or, failing that, the lower-cased e-mail address.
 */
public final class CitizenKeys {

    private CitizenKeys() {
    }

    public static String of(String phone, String email) {
        if (phone != null) {
            String digits = phone.replaceAll("\\D", "");
            if (digits.startsWith("86") && digits.length() == 13) {
                digits = digits.substring(2);
            }
            if (digits.length() >= 5) {
                return TrackingCodes.hash("tel:" + digits);
            }
        }
        if (email != null && email.contains("@")) {
            return TrackingCodes.hash("mail:" + email.strip().toLowerCase(Locale.ROOT));
        }
        return null;
    }
}
