package gov.petition.notification.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One thing to tell one party about one event: the template to use and the values it fills in.
 *
 * @param audience    who it is for
 * @param type        the event type; with the audience it names the template
 * @param subjectId   what the event is about: a case id, or a hot spot id for hot spots
 * @param recipientId the case id for the citizen, the unit id for units and leaders
 * @param essential   whether it goes out even to citizens who opted out of non-essential messages
 * @param values      the template's values; missing keys render blank
 * @param roundTheClock whether it goes out at once even in SMS quiet hours (an urgent case's make-safe and repair
 *                      deadlines run through the night)
 */
public record Notice(Audience audience, String type, String subjectId, String recipientId, boolean essential,
                     Map<String, String> values, boolean roundTheClock) {

    /** A notice that SMS quiet hours may hold until morning. */
    public Notice(Audience audience, String type, String subjectId, String recipientId, boolean essential,
                  Map<String, String> values) {
        this(audience, type, subjectId, recipientId, essential, values, false);
    }

    /** Every value any template may use; all are present (blank if unknown) so templates render strictly. */
    public static final List<String> KEYS = List.of("caseId", "trackingCode", "title", "category", "unitName",
            "responderName", "reason", "reply", "replyDue", "until", "due", "stepZh", "stepEn", "triggerZh", "triggerEn",
            "supervisingUnitName", "round", "hotspotId", "placeName", "keywords", "caseCount", "trendZh", "trendEn",
            "keyword", "handleDue", "fixDue", "measures", "urgent");

    public Notice {
        values = Map.copyOf(values);
    }

    /** The template data. The copy kept in the log shows the tracking code only by its ends. */
    public Map<String, Object> data(boolean forLog) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (String key : KEYS) {
            data.put(key, Objects.requireNonNullElse(values.get(key), ""));
        }
        if (forLog && values.get("trackingCode") != null) {
            data.put("trackingCode", maskCode(values.get("trackingCode")));
        }
        return data;
    }

    public String templateId() {
        return audience.templateFolder() + "/" + type + ".txt";
    }

    public String subjectTemplateId() {
        return audience.templateFolder() + "/subject.txt";
    }

    static String maskCode(String code) {
        return code == null || code.length() < 6 ? "******" : code.substring(0, 2) + "******" + code.substring(code.length() - 2);
    }
}
