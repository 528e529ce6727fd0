package gov.petition.events;

import gov.petition.events.payload.BulletinPublished;
import gov.petition.events.payload.CaseAccepted;
import gov.petition.events.payload.CaseClosed;
import gov.petition.events.payload.CaseCompleted;
import gov.petition.events.payload.CaseHandled;
import gov.petition.events.payload.CaseMarkedUrgent;
import gov.petition.events.payload.CaseContacted;
import gov.petition.events.payload.CaseEscalated;
import gov.petition.events.payload.CaseExtensionDecided;
import gov.petition.events.payload.CaseExtensionRequested;
import gov.petition.events.payload.CaseFollowedUp;
import gov.petition.events.payload.CaseInstructed;
import gov.petition.events.payload.CaseLinked;
import gov.petition.events.payload.CaseRated;
import gov.petition.events.payload.CaseRatingExpired;
import gov.petition.events.payload.CaseReceived;
import gov.petition.events.payload.CaseRejected;
import gov.petition.events.payload.CaseReopened;
import gov.petition.events.payload.CaseReplied;
import gov.petition.events.payload.CaseReturnVisited;
import gov.petition.events.payload.CaseReturned;
import gov.petition.events.payload.CaseRouted;
import gov.petition.events.payload.CaseSigned;
import gov.petition.events.payload.DeadlineAlert;
import gov.petition.events.payload.DeadlineMoved;
import gov.petition.events.payload.HotspotDetected;
import gov.petition.events.payload.NotificationDelivered;
import gov.petition.events.payload.NotificationFailed;
import gov.petition.events.payload.ProblemRecurred;
import gov.petition.events.payload.ReturnVisitScheduled;
import gov.petition.events.payload.ReviewConcluded;
import gov.petition.events.payload.ReviewOpened;
import gov.petition.events.payload.SupervisionConcluded;
import gov.petition.events.payload.SupervisionOpened;
import gov.petition.events.payload.WorkItemChanged;

import java.util.Map;

/** Every CloudEvents {@code type} the suite emits, with the topic it goes to and its payload record. */
public final class EventTypes {

    public static final String CASE_RECEIVED = "gov.petition.case.received";
    public static final String CASE_ROUTED = "gov.petition.case.routed";
    public static final String CASE_FOLLOWED_UP = "gov.petition.case.followed-up";
    // the unit's handling steps; intake's timeline maps these names to the citizen's statuses
    public static final String CASE_SIGNED = "gov.petition.case.signed";
    public static final String CASE_ACCEPTED = "gov.petition.case.accepted";
    public static final String CASE_REJECTED = "gov.petition.case.rejected";
    public static final String CASE_RETURNED = "gov.petition.case.returned";
    public static final String CASE_CONTACTED = "gov.petition.case.contacted";
    public static final String CASE_REPLIED = "gov.petition.case.replied";
    public static final String CASE_COMPLETED = "gov.petition.case.completed";
    /** Urgent cases: made safe on site (现场处置), meeting the HANDLE deadline. */
    public static final String CASE_HANDLED = "gov.petition.case.handled";
    /** Urgent cases: found urgent, with their round-the-clock HANDLE and FIX deadlines. */
    public static final String CASE_MARKED_URGENT = "gov.petition.case.marked-urgent";
    public static final String CASE_EXTENSION_REQUESTED = "gov.petition.case.extension-requested";
    public static final String CASE_EXTENSION_DECIDED = "gov.petition.case.extension-decided";
    public static final String CASE_DEADLINE_WARNED = "gov.petition.case.deadline-warned";
    public static final String CASE_DEADLINE_MISSED = "gov.petition.case.deadline-missed";
    /** A provisional deadline recomputed when the holiday arrangement it crossed was loaded. */
    public static final String CASE_DEADLINE_MOVED = "gov.petition.case.deadline-moved";
    public static final String SUPERVISION_OPENED = "gov.petition.supervision.opened";
    public static final String SUPERVISION_CONCLUDED = "gov.petition.supervision.concluded";
    /** On the work-queue topic, keyed by unit id; subject is still the case id. */
    public static final String WORK_ITEM_CHANGED = "gov.petition.work-item.changed";
    // routing-service: decisions made by people, and the cases that bounce or repeat
    public static final String CASE_INSTRUCTED = "gov.petition.case.instructed";
    public static final String CASE_ESCALATED = "gov.petition.case.escalated";
    public static final String CASE_LINKED = "gov.petition.case.linked";
    // evaluation-service: the citizen's verdict on a reply, and the case sent back when it was not good enough
    public static final String CASE_RATED = "gov.petition.case.rated";
    public static final String CASE_REOPENED = "gov.petition.case.reopened";
    public static final String CASE_RATING_EXPIRED = "gov.petition.case.rating-expired";
    public static final String REVIEW_OPENED = "gov.petition.review.opened";
    public static final String REVIEW_CONCLUDED = "gov.petition.review.concluded";
    public static final String RETURN_VISIT_SCHEDULED = "gov.petition.case.return-visit-scheduled";
    public static final String CASE_RETURN_VISITED = "gov.petition.case.return-visited";
    public static final String CASE_CLOSED = "gov.petition.case.closed";
    public static final String PROBLEM_RECURRED = "gov.petition.problem.recurred";
    /** Subject and key are the period (e.g. 2026-11), not a case id. */
    public static final String BULLETIN_PUBLISHED = "gov.petition.bulletin.published";
    /** Subject and key are the hot spot id, not a case id. */
    public static final String HOTSPOT_DETECTED = "gov.petition.hotspot.detected";
    // notification-service: the outcome of telling someone of a step, shown on the citizen's timeline
    public static final String NOTIFICATION_DELIVERED = "gov.petition.notification.delivered";
    public static final String NOTIFICATION_FAILED = "gov.petition.notification.failed";

    /** One documented event type: its topic and the Java record of its {@code data}. */
    public record Definition(String type, String topic, Class<? extends Record> payload) {
        /** The JSON Schema resource documenting this type, kept in step with the record by a test. */
        public String schemaResource() {
            return "schema/" + type + ".v1.json";
        }
    }

    public static final Map<String, Definition> ALL = Map.ofEntries(
            definition(CASE_RECEIVED, Topics.INTAKE, CaseReceived.class),
            definition(CASE_ROUTED, Topics.ROUTING, CaseRouted.class),
            definition(CASE_FOLLOWED_UP, Topics.INTAKE, CaseFollowedUp.class),
            definition(CASE_SIGNED, Topics.HANDLING, CaseSigned.class),
            definition(CASE_ACCEPTED, Topics.HANDLING, CaseAccepted.class),
            definition(CASE_REJECTED, Topics.HANDLING, CaseRejected.class),
            definition(CASE_RETURNED, Topics.HANDLING, CaseReturned.class),
            definition(CASE_CONTACTED, Topics.HANDLING, CaseContacted.class),
            definition(CASE_REPLIED, Topics.HANDLING, CaseReplied.class),
            definition(CASE_COMPLETED, Topics.HANDLING, CaseCompleted.class),
            definition(CASE_HANDLED, Topics.HANDLING, CaseHandled.class),
            definition(CASE_MARKED_URGENT, Topics.HANDLING, CaseMarkedUrgent.class),
            definition(CASE_EXTENSION_REQUESTED, Topics.HANDLING, CaseExtensionRequested.class),
            definition(CASE_EXTENSION_DECIDED, Topics.HANDLING, CaseExtensionDecided.class),
            definition(CASE_DEADLINE_WARNED, Topics.HANDLING, DeadlineAlert.class),
            definition(CASE_DEADLINE_MISSED, Topics.HANDLING, DeadlineAlert.class),
            definition(CASE_DEADLINE_MOVED, Topics.HANDLING, DeadlineMoved.class),
            definition(SUPERVISION_OPENED, Topics.HANDLING, SupervisionOpened.class),
            definition(SUPERVISION_CONCLUDED, Topics.HANDLING, SupervisionConcluded.class),
            definition(WORK_ITEM_CHANGED, Topics.WORK_QUEUE, WorkItemChanged.class),
            definition(CASE_INSTRUCTED, Topics.ROUTING, CaseInstructed.class),
            definition(CASE_ESCALATED, Topics.ROUTING, CaseEscalated.class),
            definition(CASE_LINKED, Topics.ROUTING, CaseLinked.class),
            definition(CASE_RATED, Topics.EVALUATION, CaseRated.class),
            definition(CASE_REOPENED, Topics.EVALUATION, CaseReopened.class),
            definition(CASE_RATING_EXPIRED, Topics.EVALUATION, CaseRatingExpired.class),
            definition(REVIEW_OPENED, Topics.EVALUATION, ReviewOpened.class),
            definition(REVIEW_CONCLUDED, Topics.EVALUATION, ReviewConcluded.class),
            definition(RETURN_VISIT_SCHEDULED, Topics.EVALUATION, ReturnVisitScheduled.class),
            definition(CASE_RETURN_VISITED, Topics.EVALUATION, CaseReturnVisited.class),
            definition(CASE_CLOSED, Topics.EVALUATION, CaseClosed.class),
            definition(PROBLEM_RECURRED, Topics.EVALUATION, ProblemRecurred.class),
            definition(BULLETIN_PUBLISHED, Topics.EVALUATION, BulletinPublished.class),
            definition(HOTSPOT_DETECTED, Topics.EVALUATION, HotspotDetected.class),
            definition(NOTIFICATION_DELIVERED, Topics.NOTIFICATION, NotificationDelivered.class),
            definition(NOTIFICATION_FAILED, Topics.NOTIFICATION, NotificationFailed.class));

    private EventTypes() {
    }

    private static Map.Entry<String, Definition> definition(String type, String topic, Class<? extends Record> payload) {
        return Map.entry(type, new Definition(type, topic, payload));
    }
}
