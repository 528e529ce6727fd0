package gov.petition.events.inbox;

import gov.petition.events.EventEnvelope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The record of events a consumer has applied, written in the same transaction as their effect. */
@ApplicationScoped
public class Inbox {

    private static final String CLAIM = """
            insert into inbox (consumer, event_id, event_type) values (:consumer, :eventId, :type)
            on conflict do nothing""";

    /**
     * Claims an event for a consumer inside the current transaction: true the first time, false when
     * it was already applied. A concurrent claim of the same event waits for the first to commit.
     */
    public Uni<Boolean> claim(String consumer, EventEnvelope event) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIM)
                        .setParameter("consumer", consumer)
                        .setParameter("eventId", event.id())
                        .setParameter("type", event.type())
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
