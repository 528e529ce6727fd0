package gov.petition.events;

import gov.petition.events.payload.CaseFollowedUp;
import gov.petition.events.payload.CaseReceived;
import gov.petition.events.payload.CaseRouted;

import java.util.Map;

/** Every CloudEvents {@code type} the suite emits, with the topic it goes to and its payload record. */
public final class EventTypes {

    public static final String CASE_RECEIVED = "gov.petition.case.received";
    public static final String CASE_ROUTED = "gov.petition.case.routed";
    public static final String CASE_FOLLOWED_UP = "gov.petition.case.followed-up";

    /** One documented event type: its topic and the Java record of its {@code data}. */
    public record Definition(String type, String topic, Class<? extends Record> payload) {
        /** The JSON Schema resource documenting this type, kept in step with the record by a test. */
        public String schemaResource() {
            return "schema/" + type + ".v1.json";
        }
    }

    public static final Map<String, Definition> ALL = Map.of(
            CASE_RECEIVED, new Definition(CASE_RECEIVED, Topics.INTAKE, CaseReceived.class),
            CASE_ROUTED, new Definition(CASE_ROUTED, Topics.ROUTING, CaseRouted.class),
            CASE_FOLLOWED_UP, new Definition(CASE_FOLLOWED_UP, Topics.INTAKE, CaseFollowedUp.class));

    private EventTypes() {
    }
}
