package gov.petition.events.outbox;

import gov.petition.events.CloudEventCodec;
import gov.petition.events.EventTypes;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes outgoing events into the outbox table of the current Panache transaction, so an event
 * exists exactly when the state change it announces was committed. {@link OutboxRelay} publishes it.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            insert into outbox (event_id, topic, msg_key, type, source, subject, time, payload)
            values (:eventId, :topic, :key, :type, :source, :subject, :time, cast(cast(:payload as text) as jsonb))""";

    private final CloudEventCodec codec;
    private final String source;

    public Outbox(CloudEventCodec codec, @ConfigProperty(name = "quarkus.application.name") String application) {
        this.codec = codec;
        this.source = "/petition/" + application;
    }

    /**
     * Adds an event about a case to the current transaction; its topic is the one its type is documented on.
     * Must be called inside {@code Panache.withTransaction}.
     */
    public Uni<UUID> append(String type, String caseId, Record payload) {
        EventTypes.Definition definition = EventTypes.ALL.get(type);
        if (definition == null || !definition.payload().isInstance(payload)) {
            return Uni.createFrom().failure(new IllegalArgumentException("undocumented event " + type + " with " + payload.getClass()));
        }
        return appendTo(definition.topic(), caseId, type, caseId, payload);
    }

    /** Adds an event with an explicit topic and key (e.g. the work-queue topic keyed by unit). */
    public Uni<UUID> appendTo(String topic, String key, String type, String subject, Record payload) {
        UUID eventId = UUID.randomUUID();
        String json = codec.json(payload);
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                        .setParameter("eventId", eventId)
                        .setParameter("topic", topic)
                        .setParameter("key", key)
                        .setParameter("type", type)
                        .setParameter("source", source)
                        .setParameter("subject", subject)
                        .setParameter("time", OffsetDateTime.now(ZoneOffset.UTC))
                        .setParameter("payload", json)
                        .executeUpdate())
                .replaceWith(eventId);
    }
}
