package gov.petition.evaluation.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** What evaluation knows of a case, from the events of the other services; the figures are counted over it. */
@Entity
@Table(name = "case_fact")
public class CaseFact extends PanacheEntityBase {

    private static final String UPSERT_RECEIVED = """
            insert into case_fact (case_id, channel, category, received_at) values (:caseId, :channel, :category, :receivedAt)
            on conflict (case_id) do update set channel = excluded.channel, received_at = excluded.received_at,
                category = coalesce(case_fact.category, excluded.category)""";
    private static final String UPSERT_ROUTED = """
            insert into case_fact (case_id, unit_id, category, routed_at) values (:caseId, :unitId, :category, :routedAt)
            on conflict (case_id) do update set unit_id = excluded.unit_id, routed_at = excluded.routed_at,
                category = coalesce(excluded.category, case_fact.category)
            where case_fact.routed_at is null or case_fact.routed_at <= excluded.routed_at""";

    @Id
    @Column(name = "case_id")
    public String caseId;
    public String channel;
    public String category;
    @Column(name = "unit_id")
    public String unitId;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "routed_at")
    public OffsetDateTime routedAt;

    public static Uni<Void> received(String caseId, String channel, String category, OffsetDateTime receivedAt) {
        return Panache.getSession().chain(s -> s.createNativeQuery(UPSERT_RECEIVED)
                .setParameter("caseId", caseId).setParameter("channel", channel).setParameter("category", category)
                .setParameter("receivedAt", receivedAt).executeUpdate()).replaceWithVoid();
    }

    public static Uni<Void> routed(String caseId, String unitId, String category, OffsetDateTime routedAt) {
        return Panache.getSession().chain(s -> s.createNativeQuery(UPSERT_ROUTED)
                .setParameter("caseId", caseId).setParameter("unitId", unitId).setParameter("category", category)
                .setParameter("routedAt", routedAt).executeUpdate()).replaceWithVoid();
    }
}
