package gov.petition.routing.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * Where a case stands in routing: the unit holding it and why, whether it waits for a leader's instruction,
 * a unit's acceptance (until {@code acceptDue}) or a dispatcher (the queue), and how often it bounced.
 */
@Entity
@Table(name = "routed_case")
public class RoutedCase extends PanacheEntityBase {

    /** Where the case is. */
    public enum State {
        /** With a unit that has not accepted it yet. */
        ROUTED,
        /** With a leader's unit, waiting for the instruction. */
        AWAITING_INSTRUCTION,
        /** With the dispatch desk, waiting for a dispatcher. */
        DISPATCH,
        ACCEPTED, REJECTED, COMPLETED
    }

    /** Why a case is in the dispatch queue. */
    public enum QueueReason { UNDECIDED, RETURNED, REROUTE }

    @Id
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "unit_id", nullable = false)
    public String unitId;
    @Column(name = "unit_name")
    public String unitName;
    @Column(name = "official_id")
    public String officialId;
    @Column(nullable = false)
    public String reason;
    @Column(nullable = false)
    public double confidence;
    public String category;
    @Column(name = "routed_at", nullable = false)
    public OffsetDateTime routedAt;
    @Column(name = "routed_by")
    public String routedBy;
    @Column(name = "leader_required", nullable = false)
    public boolean leaderRequired;
    @Column(nullable = false)
    public int attempt = 1;
    @Column(nullable = false)
    public String state = State.ROUTED.name();
    public String title;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "queue_reason")
    public String queueReason;
    @Column(name = "queued_at")
    public OffsetDateTime queuedAt;
    @Column(name = "returned_by_unit_id")
    public String returnedByUnitId;
    @Column(name = "returned_by_unit_name")
    public String returnedByUnitName;
    @Column(name = "return_reason")
    public String returnReason;
    /** The classifier's suggestions for a dispatcher, as JSON. */
    public String suggestions;
    /** Returns and re-routes so far. */
    @Column(nullable = false)
    public int returns;
    @Column(name = "accept_due")
    public OffsetDateTime acceptDue;
    @Column(name = "escalated_returned", nullable = false)
    public boolean escalatedReturned;
    @Column(name = "escalated_unaccepted", nullable = false)
    public boolean escalatedUnaccepted;

    public State stateValue() {
        return State.valueOf(state);
    }

    public void enqueue(QueueReason why, OffsetDateTime at) {
        queueReason = why.name();
        queuedAt = at;
    }

    public void dequeue() {
        queueReason = null;
        queuedAt = null;
    }
}
