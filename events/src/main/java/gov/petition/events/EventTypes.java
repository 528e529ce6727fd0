package gov.petition.events;

import gov.petition.events.payload.CaseAccepted;
import gov.petition.events.payload.CaseCompleted;
import gov.petition.events.payload.CaseContacted;
import gov.petition.events.payload.CaseFollowedUp;
import gov.petition.events.payload.CaseRated;
import gov.petition.events.payload.CaseReceived;
import gov.petition.events.payload.CaseRejected;
import gov.petition.events.payload.CaseReopened;
import gov.petition.events.payload.CaseReplied;
import gov.petition.events.payload.CaseReturned;
import gov.petition.events.payload.CaseRouted;
import gov.petition.events.payload.CaseSigned;
import gov.petition.events.payload.NotificationDelivered;
import gov.petition.events.payload.NotificationFailed;

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
    // evaluation-service: the citizen's verdict on a reply, and the case sent back when it was not good enough
    public static final String CASE_RATED = "gov.petition.case.rated";
    public static final String CASE_REOPENED = "gov.petition.case.reopened";
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
            definition(CASE_RATED, Topics.EVALUATION, CaseRated.class),
            definition(CASE_REOPENED, Topics.EVALUATION, CaseReopened.class),
            definition(NOTIFICATION_DELIVERED, Topics.NOTIFICATION, NotificationDelivered.class),
            definition(NOTIFICATION_FAILED, Topics.NOTIFICATION, NotificationFailed.class));

    private EventTypes() {
    }

    private static Map.Entry<String, Definition> definition(String type, String topic, Class<? extends Record> payload) {
        return Map.entry(type, new Definition(type, topic, payload));
    }
}
