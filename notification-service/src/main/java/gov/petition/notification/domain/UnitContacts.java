package gov.petition.notification.domain;

import java.util.ArrayList;
import java.util.List;

/** How a unit (or a leader's office) is reached: any of e-mail, SMS and its own system's webhook. */
public record UnitContacts(String unitId, String email, String phone, String webhookUrl) {

    /** Every channel the unit gave: a unit's notice goes out on each, so one that is down does not leave it unheard. */
    public List<DeliveryChannel> channels() {
        List<DeliveryChannel> channels = new ArrayList<>();
        if (email != null && !email.isBlank()) {
            channels.add(DeliveryChannel.EMAIL);
        }
        if (phone != null && !phone.isBlank()) {
            channels.add(DeliveryChannel.SMS);
        }
        if (webhookUrl != null && !webhookUrl.isBlank()) {
            channels.add(DeliveryChannel.WEBHOOK);
        }
        return channels;
    }

    public String masked(DeliveryChannel on) {
        return switch (on) {
            case SMS -> unitId + " " + ContactMask.phone(phone);
            case EMAIL -> unitId + " " + ContactMask.email(email);
            case WEBHOOK -> unitId + " webhook";
            case NONE -> unitId + " (no contact)";
        };
    }

    public String contact(DeliveryChannel on) {
        return switch (on) {
            case SMS -> phone;
            case EMAIL -> email;
            case WEBHOOK -> webhookUrl;
            case NONE -> null;
        };
    }

    /**
     * The units whose contacts stand in for a unit that has none, nearest first: unit ids are paths
     * ({@code xd.a.a3.zjj} lies below {@code xd.a.a3}), so a hot spot in a street reaches its district's leaders.
     */
    public static List<String> selfAndAncestors(String unitId) {
        List<String> ids = new ArrayList<>();
        String id = unitId;
        while (id != null && !id.isBlank()) {
            ids.add(id);
            int dot = id.lastIndexOf('.');
            id = dot > 0 ? id.substring(0, dot) : null;
        }
        return ids;
    }
}
