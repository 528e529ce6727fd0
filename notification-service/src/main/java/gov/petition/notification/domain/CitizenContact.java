package gov.petition.notification.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How the citizen of a case can be reached, as intake received it, and the channel they chose.
 *
 * @param channel          the channel the petition came from (MAILBOX, WECHAT, ...)
 * @param chosen           the channel the citizen chose in their preferences; null when they chose none
 */
public record CitizenContact(String channel, String phone, String email, boolean anonymous, DeliveryChannel chosen) {

    /**
     * The channels this citizen can be reached on, best first: the channel the petition came from when
     * it has a webhook back end (the citizen is there already), then SMS, then e-mail.
     */
    public List<DeliveryChannel> reachableBy(Set<String> webhookChannels) {
        List<DeliveryChannel> channels = new ArrayList<>();
        if (anonymous) {
            return channels;
        }
        if (channel != null && webhookChannels.contains(channel)) {
            channels.add(DeliveryChannel.WEBHOOK);
        }
        if (phone != null && !phone.isBlank()) {
            channels.add(DeliveryChannel.SMS);
        }
        if (email != null && !email.isBlank()) {
            channels.add(DeliveryChannel.EMAIL);
        }
        return channels;
    }

    /** The channel a notice goes on: the citizen's choice while it is still reachable, else the best one, else NONE. */
    public DeliveryChannel deliveryChannel(Set<String> webhookChannels) {
        List<DeliveryChannel> reachable = reachableBy(webhookChannels);
        if (chosen != null && reachable.contains(chosen)) {
            return chosen;
        }
        return reachable.isEmpty() ? DeliveryChannel.NONE : reachable.get(0);
    }

    /** The recipient on a channel as the delivery log shows it. */
    public String masked(DeliveryChannel on) {
        return switch (on) {
            case SMS -> ContactMask.phone(phone);
            case EMAIL -> ContactMask.email(email);
            case WEBHOOK -> channel + " user";
            case NONE -> anonymous ? "anonymous citizen" : "citizen (no contact)";
        };
    }

    /** The full contact on a channel (what staff search the log by); null where there is none. */
    public String contact(DeliveryChannel on) {
        return switch (on) {
            case SMS -> phone;
            case EMAIL -> email;
            case WEBHOOK, NONE -> null;
        };
    }
}
