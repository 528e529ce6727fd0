package gov.petition.notification.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One message to one party about one event: the delivery log. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false)
    public String caseId;
    @Column(name = "event_id", nullable = false)
    public String eventId;
    @Column(name = "event_type", nullable = false)
    public String eventType;
    @Column(name = "recipient_kind", nullable = false)
    public String recipientKind;
    /** The case id for the citizen, the unit id for units and leaders. */
    @Column(name = "recipient_id", nullable = false)
    public String recipientId;
    /** Keyed digest of the full contact, for the log by recipient. */
    @Column(name = "recipient_digest")
    public String recipientDigest;
    /** Masked: the log never shows a usable contact. */
    @Column(nullable = false)
    public String recipient;
    @Column(nullable = false)
    public String channel;
    @Column(nullable = false)
    public String text;
    /** PENDING until the delivery worker settles it as SENT, SKIPPED (no contact) or FAILED; OPTED_OUT when the citizen declined non-essential messages; RECORDED before delivery existed. */
    @Column(nullable = false)
    public String state;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    /** E-mail subject of the message. */
    public String subject;
    /** What is sent, unmasked; cleared once the row is settled. */
    public String body;
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;
    @Column(name = "settled_at")
    public OffsetDateTime settledAt;
    /** Quiet hours: not sent before this time. */
    @Column(name = "not_before")
    public OffsetDateTime notBefore;
    /** Whether it goes even to citizens who opted out of non-essential messages. */
    @Column(nullable = false)
    public boolean essential = true;
    /** The last delivery error, scrubbed of contacts. */
    @Column(name = "last_error")
    public String lastError;
}
