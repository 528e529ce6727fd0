package gov.petition.notification;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;

/** What the tests' SMTP server received, by recipient. */
final class Mailbox {

    private Mailbox() {
    }

    static List<MimeMessage> to(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    static String text(MimeMessage mail) {
        try {
            return String.valueOf(mail.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
