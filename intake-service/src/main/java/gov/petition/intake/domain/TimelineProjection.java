package gov.petition.intake.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    /** An event field holding a deadline, and the deadline's kind. */
    private record DeadlineField(String field, String kind) {
    }

    private static final String MARKED_URGENT = "gov.petition.case.marked-urgent";

    /** Steps that set deadlines: an urgent case gets two at once, to be made safe on site and to be repaired. */
    private static final Map<String, List<DeadlineField>> DEADLINES_BY_TYPE = Map.of(
            "gov.petition.case.signed", List.of(new DeadlineField("acceptDue", "ACCEPT")),
            "gov.petition.case.accepted", List.of(new DeadlineField("replyDue", "REPLY")),
            "gov.petition.case.extension-decided", List.of(new DeadlineField("until", "REPLY")),
            "gov.petition.supervision.opened", List.of(new DeadlineField("due", "SUPERVISION")),
            "gov.petition.case.return-visit-scheduled", List.of(new DeadlineField("due", "RETURN_VISIT")),
            MARKED_URGENT, List.of(new DeadlineField("handleDue", "HANDLE"), new DeadlineField("fixDue", "FIX")));

    /** Steps that meet a deadline of a kind; an urgent case is repaired (FIX) when it is completed. */
    private static final Map<String, String> MEETS = Map.of(
            "gov.petition.case.accepted", "ACCEPT",
            "gov.petition.case.rejected", "ACCEPT",
            "gov.petition.case.replied", "REPLY",
            "gov.petition.case.handled", "HANDLE",
            "gov.petition.case.completed", "FIX",
            "gov.petition.supervision.concluded", "SUPERVISION",
            "gov.petition.case.return-visited", "RETURN_VISIT");

    /** Deadlines a new unit or a new round of handling starts again; urgent ones run from the report and stay. */
    private static final Set<String> RESTARTED_BY_ROUTING = Set.of("ACCEPT", "REPLY");

    private static final String MISSED = "gov.petition.case.deadline-missed";
    /** A provisional deadline counted again with the holiday calendar; only ACCEPT and REPLY are the citizen's. */
    private static final String MOVED = "gov.petition.case.deadline-moved";
    private static final Set<String> CITIZEN_STEPS = Set.of("ACCEPT", "REPLY");

    // Citizens read times in the platform's local time.
    private static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME_ZH = DateTimeFormatter.ofPattern("M月d日 HH:mm", Locale.CHINA).withZone(LOCAL);
    private static final DateTimeFormatter TIME_EN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(LOCAL);

    private TimelineProjection() {
    }

    /** One deadline of a case as the citizen sees it. */
    public record Deadline(String kind, OffsetDateTime due, boolean met, boolean missed) {
    }

    /** Why a case is treated as urgent: the keyword found in it and the time-limit rule applied, and since when. */
    public record Urgency(String keyword, String rule, OffsetDateTime since) {
    }

    /** The step an event adds to the timeline, or empty for events the citizen does not see. */
    public static Optional<TimelineStep> step(String eventId, String type, String caseId, OffsetDateTime at, JsonNode data) {
        if (HIDDEN.contains(type) || caseId == null) {
            return Optional.empty();
        }
        if (type.equals(MOVED) && !CITIZEN_STEPS.contains(String.valueOf(text(data, "step")))) {
            return Optional.empty(); // the signing deadline is the unit's own business
        }
        String unitId = Optional.ofNullable(text(data, "unitId")).orElse(text(data, "supervisingUnitId"));
        String unitName = Optional.ofNullable(text(data, "unitName")).orElse(text(data, "supervisingUnitName"));
        String by = firstPresent(data, "responderName", "leaderName", "deciderName", "visitorName", "officialName", "by");
        // a deadline can be missed before the case reaches any unit (an urgent case's HANDLE)
        String name = unitName == null ? "承办单位" : unitName;
        String text = switch (type) {
            case "gov.petition.case.instructed" -> "领导批示：" + text(data, "instruction") + " / leader's instruction";
            case "gov.petition.case.extension-decided" -> data != null && data.path("granted").asBoolean()
                    ? "延期申请已批准 / extension granted" : "延期申请未获批准 / extension denied";
            case "gov.petition.case.return-visited" -> "已回访：" + text(data, "outcome")
                    + Optional.ofNullable(text(data, "note")).map(n -> "，" + n).orElse("") + " / return visit recorded";
            case "gov.petition.review.concluded" -> "第三方评议结论：" + text(data, "summary") + " / review concluded";
            case "gov.petition.supervision.opened" -> "已启动督办：" + text(data, "reason") + " / under supervision";
            case "gov.petition.case.routed" -> data != null && data.path("leaderRequired").asBoolean()
                    ? "已呈 %s 领导批示 / before the leaders of %s for instruction".formatted(name, name)
                    : TEXT_BY_TYPE.get(type).formatted(name, name);
            case MARKED_URGENT -> urgentText(data);
            case MOVED -> dueAt(data, "due").map(due -> "%s：%s时限调整为 %s / the %s deadline moves to %s with the holiday calendar"
                    .formatted(text(data, "reason"), "ACCEPT".equals(text(data, "step")) ? "受理" : "答复", TIME_ZH.format(due),
                            "ACCEPT".equals(text(data, "step")) ? "acceptance" : "reply", TIME_EN.format(due)))
                    .orElse(text(data, "reason"));
            case "gov.petition.case.handled" -> name + " 已现场处置：" + text(data, "measures")
                    + Optional.ofNullable(text(data, "note")).map(n -> "；" + n).orElse("") + " / made safe on site by " + name;
            default -> {
                String template = TEXT_BY_TYPE.get(type);
                yield template == null ? firstPresent(data, "text", "reply", "reason", "summary")
                        : template.contains("%s") ? template.formatted(name, name) : template;
            }
        };
        if (type.equals("gov.petition.case.completed") || type.equals("gov.petition.case.signed")
                || type.equals("gov.petition.case.accepted")) {
            String note = text(data, "note");
            text = note == null ? text : text + "：" + note;
        }
        List<TimelineStep.Due> deadlines = new ArrayList<>();
        for (DeadlineField field : DEADLINES_BY_TYPE.getOrDefault(type, List.of())) {
            dueAt(data, field.field()).ifPresent(due -> deadlines.add(new TimelineStep.Due(field.kind(), due)));
        }
        if (type.equals(MOVED)) {
            dueAt(data, "due").ifPresent(due -> deadlines.add(new TimelineStep.Due(text(data, "step"), due)));
        }
        if (type.equals(MISSED) && text(data, "step") != null) {
            deadlines.add(new TimelineStep.Due(text(data, "step"), dueAt(data, "due").orElse(null)));
        }
        boolean assigns = type.equals("gov.petition.case.routed");
        return Optional.of(new TimelineStep(eventId, caseId, type, at, unitId, unitName, by, text, STATUS_BY_TYPE.get(type),
                assigns, deadlines));
    }

    /** The urgency an event declares (case.marked-urgent), for the citizen's view. */
    public static Optional<Urgency> urgency(String type, OffsetDateTime at, JsonNode data) {
        if (!MARKED_URGENT.equals(type)) {
            return Optional.empty();
        }
        return Optional.of(new Urgency(text(data, "keyword"), text(data, "rule"), at));
    }

    /** "已列为紧急公共安全事项（井盖）：须于 11月23日 14:05 前现场处置、11月24日 11:05 前修复 / marked urgent ...". */
    private static String urgentText(JsonNode data) {
        String keyword = text(data, "keyword");
        Optional<OffsetDateTime> handleDue = dueAt(data, "handleDue");
        Optional<OffsetDateTime> fixDue = dueAt(data, "fixDue");
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        handleDue.ifPresent(due -> {
            zh.add(TIME_ZH.format(due) + " 前现场处置");
            en.add("made safe on site by " + TIME_EN.format(due));
        });
        fixDue.ifPresent(due -> {
            zh.add(TIME_ZH.format(due) + " 前修复");
            en.add("repaired by " + TIME_EN.format(due));
        });
        String text = "已列为紧急公共安全事项" + (keyword == null ? "" : "（" + keyword + "）")
                + (zh.isEmpty() ? "" : "：须于 " + String.join("、", zh))
                + " / marked urgent (public safety" + (keyword == null ? "" : ": " + keyword) + ")";
        return en.isEmpty() ? text : text + ": to be " + String.join(" and ", en) + " (Beijing time)";
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
     * re-routed case starts its ACCEPT and REPLY deadlines again, so only steps after the latest setting count; an
     * urgent case's HANDLE and FIX run from the citizen's report and stay whoever holds the case.
     */
    public static List<Deadline> deadlines(List<TimelineStep> steps) {
        Map<String, Deadline> byKind = new LinkedHashMap<>();
        for (TimelineStep s : ordered(steps)) {
            boolean missed = s.type().equals(MISSED);
            if (!missed) {
                s.deadlines().forEach(d -> byKind.put(d.kind(), new Deadline(d.kind(), d.due(), false, false)));
            }
            String met = MEETS.get(s.type());
            if (met != null && byKind.containsKey(met)) {
                Deadline d = byKind.get(met);
                byKind.put(met, new Deadline(met, d.due(), true, d.missed()));
            }
            if (missed) {
                for (TimelineStep.Due due : s.deadlines()) {
                    Deadline d = byKind.getOrDefault(due.kind(), new Deadline(due.kind(), due.due(), false, false));
                    byKind.put(due.kind(), new Deadline(due.kind(), d.due(), d.met(), true));
                }
            }
            if (s.type().equals("gov.petition.case.reopened") || s.type().equals("gov.petition.case.routed")) {
                byKind.keySet().removeAll(RESTARTED_BY_ROUTING);
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

    private static Optional<OffsetDateTime> dueAt(JsonNode data, String field) {
        return Optional.ofNullable(text(data, field)).map(OffsetDateTime::parse);
    }

    private static String text(JsonNode data, String field) {
        JsonNode node = data == null ? null : data.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
