package gov.petition.events;

import java.util.List;

/** Kafka topic names, one per owning service; the Kafka key of every record is the case id. */
public final class Topics {

    public static final String INTAKE = "petition.intake.v1";
    public static final String ROUTING = "petition.routing.v1";
    public static final String HANDLING = "petition.handling.v1";
    public static final String EVALUATION = "petition.evaluation.v1";
    public static final String NOTIFICATION = "petition.notification.v1";
    /** Work items keyed by unit id, for departments that plug their own systems in. */
    public static final String WORK_QUEUE = "petition.handling.workqueue.v1";

    /** Partitions per topic: enough for six instances of a service to share the work. */
    public static final int PARTITIONS = 6;

    public static final List<String> SERVICES = List.of(
            "intake-service", "routing-service", "handling-service", "evaluation-service", "notification-service");

    private Topics() {
    }

    /** Where a service's consumers put events they could not apply, with the error in the headers. */
    public static String deadLetter(String service) {
        return "petition." + service.replace("-service", "") + ".dlq.v1";
    }

    /** Every topic the suite uses, dead-letter topics included. */
    public static List<String> all() {
        var topics = new java.util.ArrayList<>(List.of(INTAKE, ROUTING, HANDLING, EVALUATION, NOTIFICATION, WORK_QUEUE));
        SERVICES.forEach(s -> topics.add(deadLetter(s)));
        return List.copyOf(topics);
    }
}
