package gov.petition.intake.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the events of every service into the citizen's timeline, and the timeline into a status, a current unit
 * and deadlines. Works on whatever arrived, in whatever order: status and unit come from the latest step by event
 * time, so a late or repeated event cannot move a case backwards.
 */
public final class TimelineProjection {

    private static final Map<String, CaseStatus> STATUS_BY_TYPE = Map.ofEntries(
            Map.entry("gov.petition.case.received", CaseStatus.RECEIVED),
            Map.entry("gov.petition.case.routed", CaseStatus.ROUTED),
            Map.entry("gov.petition.case.signed", CaseStatus.SIGNED),
            Map.entry("gov.petition.case.accepted", CaseStatus.ACCEPTED),
            Map.entry("gov.petition.case.rejected", CaseStatus.REJECTED),
            Map.entry("gov.petition.case.contacted", CaseStatus.IN_PROGRESS),
            Map.entry("gov.petition.case.replied", CaseStatus.REPLIED),
            Map.entry("gov.petition.case.completed", CaseStatus.COMPLETED),
            Map.entry("gov.petition.case.reopened", CaseStatus.REOPENED),
            Map.entry("gov.petition.case.closed", CaseStatus.CLOSED));

    /** Fixed words for steps whose event carries no text of its own; %s is the unit's name. */
    private static final Map<String, String> TEXT_BY_TYPE = Map.ofEntries(
            Map.entry("gov.petition.case.received", "诉求已接收 / petition received"),
            Map.entry("gov.petition.case.routed", "已转交 %s 办理 / passed to %s"),
            Map.entry("gov.petition.case.signed", "%s 已签收 / signed for by %s"),
            Map.entry("gov.petition.case.accepted", "%s 已受理 / accepted by %s"),
            Map.entry("gov.petition.case.completed", "%s 已办结 / completed by %s"),
            Map.entry("gov.petition.case.deadline-missed", "%s 办理超期，已记录 / %s missed a deadline"),
            Map.entry("gov.petition.supervision.concluded", "督办已办结 / supervision concluded"),
            Map.entry("gov.petition.case.escalated", "案件多次转办未受理，已提级督办 / escalated after repeated transfers"),
            Map.entry("gov.petition.problem.recurred", "同一问题多次未解决，已提请督办 / the same problem unresolved again, supervision requested"),
            Map.entry("gov.petition.case.rating-expired", "未在期限内评价，按未评价统计 / not rated in time"),
            Map.entry("gov.petition.review.opened", "已启动第三方评议 / third-party review opened"),
            Map.entry("gov.petition.case.return-visit-scheduled", "将进行回访 / a return visit is scheduled"),
            Map.entry("gov.petition.case.closed", "案件已关闭 / case closed"));

    /** Internal steps the citizen does not see, and events that are not about one case. */
    private static final Set<String> HIDDEN = Set.of(
            "gov.petition.case.deadline-warned",
            "gov.petition.case.extension-requested",
            "gov.petition.case.linked",
            "gov.petition.work-item.changed",
            "gov.petition.bulletin.published",
            "gov.petition.hotspot.detected");

    /** Steps that set a deadline: the event field holding it, and the deadline's kind. */
    private static final Map<String, String[]> DEADLINE_BY_TYPE = Map.of(
            "gov.petition.case.signed", new String[]{"acceptDue", "ACCEPT"},
            "gov.petition.case.accepted", new String[]{"replyDue", "REPLY"},
            "gov.petition.case.extension-decided", new String[]{"until", "REPLY"},
            "gov.petition.supervision.opened", new String[]{"due", "SUPERVISION"},
            "gov.petition.case.return-visit-scheduled", new String[]{"due", "RETURN_VISIT"});

    /** Steps that meet a deadline of a kind. */
    private static final Map<String, String> MEETS = Map.of(
            "gov.petition.case.accepted", "ACCEPT",
            "gov.petition.case.rejected", "ACCEPT",
            "gov.petition.case.replied", "REPLY",
            "gov.petition.supervision.concluded", "SUPERVISION",
            "gov.petition.case.return-visited", "RETURN_VISIT");

    private static final String MISSED = "gov.petition.case.deadline-missed";

    private TimelineProjection() {
    }

    /** One deadline of a case as the citizen sees it. */
    public record Deadline(String kind, OffsetDateTime due, boolean met, boolean missed) {
    }

    /** The step an event adds to the timeline, or empty for events the citizen does not see. */
    public static Optional<TimelineStep> step(String eventId, String type, String caseId, OffsetDateTime at, JsonNode data) {
        if (HIDDEN.contains(type) || caseId == null) {
            return Optional.empty();
        }
        String unitId = Optional.ofNullable(text(data, "unitId")).orElse(text(data, "supervisingUnitId"));
        String unitName = Optional.ofNullable(text(data, "unitName")).orElse(text(data, "supervisingUnitName"));
        String by = firstPresent(data, "responderName", "leaderName", "deciderName", "visitorName", "officialName", "by");
        String text = switch (type) {
            case "gov.petition.case.instructed" -> "领导批示：" + text(data, "instruction") + " / leader's instruction";
            case "gov.petition.case.extension-decided" -> data != null && data.path("granted").asBoolean()
                    ? "延期申请已批准 / extension granted" : "延期申请未获批准 / extension denied";
            case "gov.petition.case.return-visited" -> "已回访：" + text(data, "outcome")
                    + Optional.ofNullable(text(data, "note")).map(n -> "，" + n).orElse("") + " / return visit recorded";
            case "gov.petition.review.concluded" -> "第三方评议结论：" + text(data, "summary") + " / review concluded";
            case "gov.petition.supervision.opened" -> "已启动督办：" + text(data, "reason") + " / under supervision";
            case "gov.petition.case.routed" -> data != null && data.path("leaderRequired").asBoolean()
                    ? "已呈 %s 领导批示 / before the leaders of %s for instruction".formatted(unitName, unitName)
                    : TEXT_BY_TYPE.get(type).formatted(unitName, unitName);
            default -> {
                String template = TEXT_BY_TYPE.get(type);
                yield template == null ? firstPresent(data, "text", "reply", "reason", "summary")
                        : template.contains("%s") ? template.formatted(unitName, unitName) : template;
            }
        };
        if (type.equals("gov.petition.case.completed") || type.equals("gov.petition.case.signed")
                || type.equals("gov.petition.case.accepted")) {
            String note = text(data, "note");
            text = note == null ? text : text + "：" + note;
        }
        String deadlineKind = null;
        OffsetDateTime deadlineDue = null;
        String[] deadline = DEADLINE_BY_TYPE.get(type);
        if (deadline != null && text(data, deadline[0]) != null) {
            deadlineKind = deadline[1];
            deadlineDue = OffsetDateTime.parse(text(data, deadline[0]));
        } else if (type.equals(MISSED)) {
            deadlineKind = text(data, "step");
            deadlineDue = Optional.ofNullable(text(data, "due")).map(OffsetDateTime::parse).orElse(null);
        }
        boolean assigns = type.equals("gov.petition.case.routed");
        return Optional.of(new TimelineStep(eventId, caseId, type, at, unitId, unitName, by, text, STATUS_BY_TYPE.get(type),
                assigns, deadlineKind, deadlineDue));
    }

    /** The step of an event the citizen always sees (received, follow-up). */
    public static TimelineStep stepOf(String eventId, String type, String caseId, OffsetDateTime at, JsonNode data) {
        return step(eventId, type, caseId, at, data).orElseThrow();
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

    /**
     * The latest deadline of each kind, whether a later step met it, and whether it was missed. A reopened or
     * re-routed case starts its deadlines again, so only steps after the latest setting count.
     */
    public static List<Deadline> deadlines(List<TimelineStep> steps) {
        Map<String, Deadline> byKind = new LinkedHashMap<>();
        for (TimelineStep s : ordered(steps)) {
            String kind = s.deadlineKind();
            if (kind != null && !s.type().equals(MISSED)) {
                byKind.put(kind, new Deadline(kind, s.deadlineDue(), false, false));
            }
            String met = MEETS.get(s.type());
            if (met != null && byKind.containsKey(met)) {
                Deadline d = byKind.get(met);
                byKind.put(met, new Deadline(met, d.due(), true, d.missed()));
            }
            if (s.type().equals(MISSED) && kind != null) {
                Deadline d = byKind.getOrDefault(kind, new Deadline(kind, s.deadlineDue(), false, false));
                byKind.put(kind, new Deadline(kind, d.due(), d.met(), true));
            }
            if (s.type().equals("gov.petition.case.reopened") || s.type().equals("gov.petition.case.routed")) {
                byKind.remove("REPLY");
                byKind.remove("ACCEPT");
            }
        }
        return new ArrayList<>(byKind.values());
    }

    /** One unit's hold of the case: from when it reached the unit until it left it (null while it is there). */
    public record Hold(String unitId, String unitName, OffsetDateTime from, OffsetDateTime to) {
    }

    private static final Set<String> HOLD_ENDS = Set.of("gov.petition.case.returned", "gov.petition.case.rejected",
            "gov.petition.case.completed", "gov.petition.case.closed");

    /**
     * How long each unit held the case, in order: a hold starts when the case is routed (or reopened) to a unit and
     * ends when it is routed elsewhere, returned, declined, completed or closed.
     */
    public static List<Hold> holds(List<TimelineStep> steps) {
        List<Hold> holds = new ArrayList<>();
        Hold open = null;
        for (TimelineStep s : ordered(steps)) {
            boolean starts = s.assignsUnit() || s.type().equals("gov.petition.case.reopened");
            if ((starts || HOLD_ENDS.contains(s.type())) && open != null) {
                holds.add(new Hold(open.unitId(), open.unitName(), open.from(), s.at()));
                open = null;
            }
            if (starts && s.unitId() != null) {
                open = new Hold(s.unitId(), s.unitName(), s.at(), null);
            }
        }
        if (open != null) {
            holds.add(open);
        }
        return holds;
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
