package gov.petition.notification.domain;

import gov.petition.events.CloudEventCodec;
import gov.petition.events.EventEnvelope;
import gov.petition.events.EventTypes;
import gov.petition.events.payload.CaseAccepted;
import gov.petition.events.payload.CaseClosed;
import gov.petition.events.payload.CaseCompleted;
import gov.petition.events.payload.CaseExtensionDecided;
import gov.petition.events.payload.CaseHandled;
import gov.petition.events.payload.CaseMarkedUrgent;
import gov.petition.events.payload.CaseReceived;
import gov.petition.events.payload.CaseRejected;
import gov.petition.events.payload.CaseReopened;
import gov.petition.events.payload.CaseReplied;
import gov.petition.events.payload.CaseRouted;
import gov.petition.events.payload.DeadlineAlert;
import gov.petition.events.payload.HotspotDetected;
import gov.petition.events.payload.ReturnVisitScheduled;
import gov.petition.events.payload.SupervisionOpened;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who hears of which event: the citizen of the steps that matter to them, the unit of new work, deadlines,
 * supervision and reopening, leaders of cases awaiting their instruction and of hot spots.
 */
public final class LifecycleNotices {

    // People read times in the platform's local time.
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /**
     * What notification knows of a case: title and category from its receipt (blank when the receipt has not come
     * yet) and, once handling marked it urgent, its urgency (else null).
     */
    public record CaseFacts(String title, String category, Urgency urgency) {
        public static final CaseFacts UNKNOWN = new CaseFacts(null, null, null);

        /** A case not (yet) known to be urgent. */
        public CaseFacts(String title, String category) {
            this(title, category, null);
        }

        public CaseFacts withUrgency(Urgency urgency) {
            return new CaseFacts(title, category, urgency);
        }
    }

    /**
     * A case handling marked urgent (public safety): the keyword, and when it must be made safe on site (处置) and
     * repaired (修复); either deadline may be null when the rule sets no such limit.
     */
    public record Urgency(String keyword, OffsetDateTime handleDue, OffsetDateTime fixDue) {
    }

    private final CloudEventCodec codec;

    public LifecycleNotices(CloudEventCodec codec) {
        this.codec = codec;
    }

    /** The notices an event gives rise to; empty for events nobody is told of. */
    public List<Notice> of(EventEnvelope event, CaseFacts facts) {
        String type = event.type();
        return switch (type) {
            case EventTypes.CASE_RECEIVED -> {
                CaseReceived r = codec.payload(event, CaseReceived.class);
                yield List.of(citizen(type, r.caseId(), true, Map.of("trackingCode", nz(r.trackingCode()))));
            }
            case EventTypes.CASE_ROUTED -> {
                CaseRouted r = codec.payload(event, CaseRouted.class);
                Map<String, String> values = values(r.caseId(), facts, "unitName", r.unitName());
                if (r.category() != null) {
                    values.put("category", r.category());
                }
                // a case a leader must instruct waits on the leader, not on a unit's handling
                Notice staff;
                if (r.leaderRequired()) {
                    staff = new Notice(Audience.LEADER, type, r.caseId(), r.unitId(), true, values);
                } else {
                    Urgency urgency = facts.urgency();
                    if (urgency != null) {
                        values.put("urgent", "true");
                        values.put("keyword", nz(urgency.keyword()));
                        values.put("handleDue", time(urgency.handleDue()));
                        values.put("fixDue", time(urgency.fixDue()));
                    }
                    // an urgent case must be made safe within hours of the report: its new work does not wait for the morning
                    staff = new Notice(Audience.UNIT, type, r.caseId(), r.unitId(), true, values, urgency != null);
                }
                yield List.of(citizen(type, r.caseId(), false, Map.of("unitName", nz(r.unitName()))), staff);
            }
            case EventTypes.CASE_ACCEPTED -> {
                CaseAccepted a = codec.payload(event, CaseAccepted.class);
                yield List.of(citizen(type, a.caseId(), false, Map.of("unitName", nz(a.unitName()),
                        "responderName", nz(a.responderName()), "replyDue", time(a.replyDue()))));
            }
            case EventTypes.CASE_REJECTED -> {
                CaseRejected r = codec.payload(event, CaseRejected.class);
                yield List.of(citizen(type, r.caseId(), true, Map.of("unitName", nz(r.unitName()),
                        "responderName", nz(r.responderName()), "reason", nz(r.reason()))));
            }
            case EventTypes.CASE_REPLIED -> {
                CaseReplied r = codec.payload(event, CaseReplied.class);
                yield List.of(citizen(type, r.caseId(), true, Map.of("unitName", nz(r.unitName()),
                        "responderName", nz(r.responderName()), "reply", nz(r.reply()))));
            }
            case EventTypes.CASE_COMPLETED -> {
                CaseCompleted c = codec.payload(event, CaseCompleted.class);
                yield List.of(citizen(type, c.caseId(), false, Map.of("unitName", nz(c.unitName()),
                        "responderName", nz(c.responderName()))));
            }
            case EventTypes.CASE_MARKED_URGENT -> {
                CaseMarkedUrgent u = codec.payload(event, CaseMarkedUrgent.class);
                // like acceptance, a promise of when things happen: progress the citizen may choose not to hear of
                yield List.of(citizen(type, u.caseId(), false, Map.of("keyword", nz(u.keyword()),
                        "handleDue", time(u.handleDue()), "fixDue", time(u.fixDue()))));
            }
            case EventTypes.CASE_HANDLED -> {
                CaseHandled h = codec.payload(event, CaseHandled.class);
                // progress like completion; the reply that closes the matter stays essential
                yield List.of(citizen(type, h.caseId(), false, Map.of("unitName", nz(h.unitName()),
                        "responderName", nz(h.responderName()), "measures", nz(h.measures()))));
            }
            case EventTypes.CASE_EXTENSION_DECIDED -> {
                CaseExtensionDecided d = codec.payload(event, CaseExtensionDecided.class);
                // a denied extension changes nothing the citizen waits for
                yield d.granted() ? List.of(citizen(type, d.caseId(), false, Map.of("unitName", nz(d.unitName()),
                        "until", time(d.until())))) : List.of();
            }
            case EventTypes.CASE_CLOSED -> {
                CaseClosed c = codec.payload(event, CaseClosed.class);
                yield List.of(citizen(type, c.caseId(), false, Map.of()));
            }
            case EventTypes.RETURN_VISIT_SCHEDULED -> {
                ReturnVisitScheduled v = codec.payload(event, ReturnVisitScheduled.class);
                yield List.of(citizen(type, v.caseId(), false, Map.of("due", time(v.due()))));
            }
            case EventTypes.CASE_DEADLINE_WARNED, EventTypes.CASE_DEADLINE_MISSED -> {
                DeadlineAlert a = codec.payload(event, DeadlineAlert.class);
                if (a.unitId() == null) {
                    // an urgent case's HANDLE can fall due before routing has given the case to any unit
                    yield List.of();
                }
                Label step = Label.of(STEPS, a.step(), ANY_STEP);
                // an urgent case's make-safe (3 h) and repair (24 h) deadlines do not wait for the morning
                boolean urgent = "HANDLE".equals(a.step()) || "FIX".equals(a.step());
                yield List.of(new Notice(Audience.UNIT, type, a.caseId(), a.unitId(), true, values(a.caseId(), facts,
                        "unitName", a.unitName(), "due", time(a.due()), "stepZh", step.zh(), "stepEn", step.en()), urgent));
            }
            case EventTypes.SUPERVISION_OPENED -> {
                SupervisionOpened s = codec.payload(event, SupervisionOpened.class);
                Label trigger = Label.of(TRIGGERS, s.trigger(), ANY_TRIGGER);
                yield List.of(new Notice(Audience.UNIT, type, s.caseId(), s.unitId(), true, values(s.caseId(), facts,
                        "unitName", s.unitName(), "supervisingUnitName", s.supervisingUnitName(), "reason", s.reason(),
                        "due", time(s.due()), "triggerZh", trigger.zh(), "triggerEn", trigger.en())));
            }
            case EventTypes.CASE_REOPENED -> {
                CaseReopened r = codec.payload(event, CaseReopened.class);
                yield List.of(new Notice(Audience.UNIT, type, r.caseId(), r.unitId(), true, values(r.caseId(), facts,
                        "unitName", r.unitName(), "reason", r.reason(), "round", Integer.toString(r.round()))));
            }
            case EventTypes.HOTSPOT_DETECTED -> {
                HotspotDetected h = codec.payload(event, HotspotDetected.class);
                Label trend = Label.of(TRENDS, h.trend(), TRENDS.get("STEADY"));
                Map<String, String> values = new HashMap<>();
                values.put("hotspotId", nz(h.hotspotId()));
                values.put("placeName", nz(h.placeName() == null ? h.regionCode() : h.placeName()));
                values.put("keywords", h.keywords() == null ? "" : String.join("、", h.keywords()));
                values.put("caseCount", Integer.toString(h.caseIds() == null ? 0 : h.caseIds().size()));
                values.put("trendZh", trend.zh());
                values.put("trendEn", trend.en());
                yield List.of(new Notice(Audience.LEADER, type, h.hotspotId(), h.regionCode(), true, values));
            }
            default -> List.of();
        };
    }

    private static Notice citizen(String type, String caseId, boolean essential, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.put("caseId", caseId);
        return new Notice(Audience.CITIZEN, type, caseId, caseId, essential, all);
    }

    private static Map<String, String> values(String caseId, CaseFacts facts, String... pairs) {
        Map<String, String> values = new HashMap<>();
        values.put("caseId", caseId);
        values.put("title", nz(facts.title()));
        values.put("category", nz(facts.category()));
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], nz(pairs[i + 1]));
        }
        return values;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static String time(OffsetDateTime at) {
        return at == null ? "" : LOCAL_TIME.format(at);
    }

    /** A code of the contract in the words people read, Chinese and English. */
    private record Label(String zh, String en) {
        static Label of(Map<String, Label> labels, String code, Label otherwise) {
            return code == null ? otherwise : labels.getOrDefault(code, otherwise);
        }
    }

    /** Handling steps with a deadline, in the words units use; HANDLE and FIX are an urgent case's two limits. */
    private static final Map<String, Label> STEPS = Map.of(
            "SIGN", new Label("签收", "signing for it"), "ACCEPT", new Label("受理", "accepting it"),
            "REPLY", new Label("答复", "replying"), "SUPERVISION", new Label("督办反馈", "answering the supervision"),
            "HANDLE", new Label("处置", "making it safe on site"), "FIX", new Label("修复", "repairing it"));
    private static final Label ANY_STEP = new Label("办理", "handling it");

    /** Why a case is supervised. */
    private static final Map<String, Label> TRIGGERS = Map.of(
            "OVERDUE", new Label("逾期未办", "overdue"), "BOUNCING", new Label("多次退回空转", "bounced between units"),
            "REPEATED_UNRESOLVED", new Label("同一问题反复未解决", "the same problem unresolved again"),
            "MANUAL", new Label("督查部门交办", "assigned by the supervision office"));
    private static final Label ANY_TRIGGER = new Label("督办", "supervision");

    /** Where a hot spot is heading. */
    private static final Map<String, Label> TRENDS = Map.of(
            "RISING", new Label("上升", "rising"), "STEADY", new Label("持平", "steady"), "FALLING", new Label("下降", "falling"));
}
