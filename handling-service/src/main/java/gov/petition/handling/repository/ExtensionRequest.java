package gov.petition.handling.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A unit's request for more time to reply (延期), and the supervising level's decision on it. */
@Entity
@Table(name = "extension_request")
public class ExtensionRequest extends PanacheEntityBase {

    public static final String REQUESTED = "REQUESTED";
    public static final String GRANTED = "GRANTED";
    public static final String DENIED = "DENIED";

    @Id
    @Column(name = "extension_id")
    public String extensionId;
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "unit_id")
    public String unitId;
    @Column(name = "unit_name")
    public String unitName;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "requested_by_name")
    public String requestedByName;
    public String reason;
    public OffsetDateTime until;
    /** The reply deadline when the request was made. */
    @Column(name = "previous_due")
    public OffsetDateTime previousDue;
    public String note;
    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;
    public String status;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_by_name")
    public String decidedByName;
    @Column(name = "decision_note")
    public String decisionNote;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
}
