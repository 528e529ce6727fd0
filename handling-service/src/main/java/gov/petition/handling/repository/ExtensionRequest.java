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
    /** Left undecided when the reply it asked more time for stopped running: replied, returned, declined or reopened. */
    public static final String WITHDRAWN = "WITHDRAWN";

    private static final String WITHDRAW_OPEN = """
            update extension_request set status = 'WITHDRAWN', decided_at = :at, decision_note = :why
            where case_id = :caseId and status = 'REQUESTED'""";

    /** Withdraws the case's open request, if any (in the caller's transaction); answers how many were withdrawn. */
    public static io.smallrye.mutiny.Uni<Integer> withdrawOpen(String caseId, java.time.OffsetDateTime at, String why) {
        return io.quarkus.hibernate.reactive.panache.Panache.getSession().chain(s -> s.createNativeQuery(WITHDRAW_OPEN)
                .setParameter("caseId", caseId).setParameter("at", at).setParameter("why", why).executeUpdate());
    }

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
