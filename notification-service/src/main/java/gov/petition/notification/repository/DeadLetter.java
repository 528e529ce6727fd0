package gov.petition.notification.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A notice given up after its last try, kept for staff to look into. */
@Entity
@Table(name = "dead_letter")
public class DeadLetter extends PanacheEntityBase {

    @Id
    @Column(name = "notification_id")
    public UUID notificationId;
    @Column(name = "case_id", nullable = false)
    public String caseId;
    @Column(name = "event_id", nullable = false)
    public String eventId;
    @Column(name = "event_type", nullable = false)
    public String eventType;
    @Column(name = "recipient_kind", nullable = false)
    public String recipientKind;
    /** Masked. */
    @Column(nullable = false)
    public String recipient;
    @Column(nullable = false)
    public String channel;
    @Column(nullable = false)
    public int attempts;
    public String error;
    @Column(name = "failed_at", nullable = false)
    public OffsetDateTime failedAt;
}
