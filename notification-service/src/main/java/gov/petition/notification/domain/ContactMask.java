package gov.petition.notification.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shows enough of a contact to recognise it and not enough to use it: 138****8000, z***@example.cn. */
public final class ContactMask {

    private ContactMask() {
    }

    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w.-]+");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\+?\\d[\\d -]{5,}\\d");

    /** An error message with anything that looks like an e-mail address or phone number masked, fit for logs and events. */
    public static String scrub(String message) {
        if (message == null) {
            return null;
        }
        String scrubbed = EMAIL.matcher(message).replaceAll(m -> Matcher.quoteReplacement(email(m.group())));
        scrubbed = LONG_NUMBER.matcher(scrubbed).replaceAll("****");
        return scrubbed.length() > 500 ? scrubbed.substring(0, 499) + "…" : scrubbed;
    }

    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}
