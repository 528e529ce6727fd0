package gov.petition.intake.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the events of every service into the citizen's timeline, and the timeline into a status and
 * a current unit. Works on whatever arrived, in whatever order: status and unit come from the latest
 * step by event time, so a late or repeated event cannot move a case backwards.
 */
public final class TimelineProjection {

    private static final Map<String, CaseStatus> STATUS_BY_TYPE = Map.ofEntries(
            Map.entry("gov.petition.case.received", CaseStatus.RECEIVED),
            Map.entry("gov.petition.case.routed", CaseStatus.ROUTED),
            Map.entry("gov.petition.case.dispatched", CaseStatus.ROUTED),
            Map.entry("gov.petition.case.signed", CaseStatus.SIGNED),
            Map.entry("gov.petition.case.accepted", CaseStatus.ACCEPTED),
            Map.entry("gov.petition.case.rejected", CaseStatus.REJECTED),
            Map.entry("gov.petition.case.contacted", CaseStatus.IN_PROGRESS),
            Map.entry("gov.petition.case.replied", CaseStatus.REPLIED),
            Map.entry("gov.petition.case.completed", CaseStatus.COMPLETED),
            Map.entry("gov.petition.case.reopened", CaseStatus.REOPENED),
            Map.entry("gov.petition.case.closed", CaseStatus.CLOSED));

    private static final Map<String, String> TEXT_BY_TYPE = Map.of(
            "gov.petition.case.received", "诉求已接收 / petition received",
            "gov.petition.case.routed", "已转交 %s 办理 / passed to %s",
            "gov.petition.case.dispatched", "已转交 %s 办理 / passed to %s");

    private TimelineProjection() {
    }

    /** The step an event adds to the timeline. */
    public static TimelineStep step(String eventId, String type, String caseId, OffsetDateTime at, JsonNode data) {
        String unitId = text(data, "unitId");
        String unitName = text(data, "unitName");
        String by = Optional.ofNullable(text(data, "responderName")).orElse(text(data, "by"));
        String template = TEXT_BY_TYPE.get(type);
        String text = template != null ? template.formatted(unitName, unitName)
                : firstPresent(data, "text", "reply", "reason", "summary");
        boolean assigns = type.equals("gov.petition.case.routed") || type.equals("gov.petition.case.dispatched");
        return new TimelineStep(eventId, caseId, type, at, unitId, unitName, by, text, STATUS_BY_TYPE.get(type), assigns);
    }

    /** Steps in the order they happened; ties by event id so the order is stable. */
    public static List<TimelineStep> ordered(List<TimelineStep> steps) {
        return steps.stream().sorted(Comparator.comparing(TimelineStep::at).thenComparing(TimelineStep::eventId)).toList();
    }

    public static CaseStatus status(List<TimelineStep> steps) {
        return ordered(steps).stream().filter(s -> s.status() != null).reduce((a, b) -> b)
                .map(TimelineStep::status).orElse(CaseStatus.RECEIVED);
    }

    /** The step that last assigned the case to a unit, if any. */
    public static Optional<TimelineStep> currentUnit(List<TimelineStep> steps) {
        return ordered(steps).stream().filter(TimelineStep::assignsUnit).reduce((a, b) -> b);
    }

    private static String firstPresent(JsonNode data, String... fields) {
        for (String field : fields) {
            String value = text(data, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode data, String field) {
        JsonNode node = data == null ? null : data.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
