package gov.petition.handling.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * A case in a unit's work queue. Built from intake's and routing's events, which may arrive in either
 * order: each fills its own columns with an upsert, so neither overwrites the other.
 */
@Entity
@Table(name = "work_item")
public class WorkItem extends PanacheEntityBase {

    private static final String UPSERT_RECEIVED = """
            insert into work_item (case_id, title, category, channel, received_at, status)
            values (:caseId, :title, :category, :channel, :receivedAt, 'PENDING')
            on conflict (case_id) do update set title = excluded.title, category = coalesce(work_item.category, excluded.category),
                channel = excluded.channel, received_at = excluded.received_at""";
    private static final String UPSERT_ROUTED = """
            insert into work_item (case_id, unit_id, unit_name, category, routed_at, status)
            values (:caseId, :unitId, :unitName, :category, :routedAt, 'ROUTED')
            on conflict (case_id) do update set unit_id = excluded.unit_id, unit_name = excluded.unit_name,
                category = coalesce(excluded.category, work_item.category), routed_at = excluded.routed_at, status = 'ROUTED'
            where work_item.routed_at is null or work_item.routed_at <= excluded.routed_at""";

    @Id
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "unit_id")
    public String unitId;
    @Column(name = "unit_name")
    public String unitName;
    public String title;
    public String category;
    public String channel;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "routed_at")
    public OffsetDateTime routedAt;
    @Column(nullable = false)
    public String status;
    /** Follow-up messages the citizen added to the case. */
    @Column(name = "follow_ups", nullable = false)
    public int followUps;
    @Column(name = "last_follow_up_at")
    public OffsetDateTime lastFollowUpAt;

    private static final String UPSERT_FOLLOW_UP = """
            insert into work_item (case_id, status, follow_ups, last_follow_up_at) values (:caseId, 'PENDING', 1, :at)
            on conflict (case_id) do update set follow_ups = work_item.follow_ups + 1,
                last_follow_up_at = greatest(work_item.last_follow_up_at, excluded.last_follow_up_at)""";

    /** Counts a follow-up on the case (once per event: the consumer's inbox guards against repeats). */
    public static Uni<Void> followedUp(String caseId, OffsetDateTime at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(UPSERT_FOLLOW_UP)
                .setParameter("caseId", caseId).setParameter("at", at).executeUpdate()).replaceWithVoid();
    }

    public static Uni<Void> received(String caseId, String title, String category, String channel, OffsetDateTime receivedAt) {
        return Panache.getSession().chain(s -> s.createNativeQuery(UPSERT_RECEIVED)
                .setParameter("caseId", caseId).setParameter("title", title).setParameter("category", category)
                .setParameter("channel", channel).setParameter("receivedAt", receivedAt)
                .executeUpdate()).replaceWithVoid();
    }

    /** Puts the case in the unit's queue; an older routing decision arriving late does not win. */
    public static Uni<Void> routed(String caseId, String unitId, String unitName, String category, OffsetDateTime routedAt) {
        return Panache.getSession().chain(s -> s.createNativeQuery(UPSERT_ROUTED)
                .setParameter("caseId", caseId).setParameter("unitId", unitId).setParameter("unitName", unitName)
                .setParameter("category", category).setParameter("routedAt", routedAt)
                .executeUpdate()).replaceWithVoid();
    }
}
