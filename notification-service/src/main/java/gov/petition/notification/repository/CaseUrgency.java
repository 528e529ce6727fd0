package gov.petition.notification.repository;

import gov.petition.notification.domain.LifecycleNotices;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A case handling marked urgent, from case.marked-urgent: what a unit's new-work notice of it must say. */
@Entity
@Table(name = "case_urgency")
public class CaseUrgency extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public String caseId;
    /** The public-safety word handling found in the text (井盖, 燃气泄漏, ...). */
    public String keyword;
    /** Made safe on site (处置) by; null when the rule sets no HANDLE limit. */
    @Column(name = "handle_due")
    public OffsetDateTime handleDue;
    /** Repaired (修复) by; null when the rule sets no FIX limit. */
    @Column(name = "fix_due")
    public OffsetDateTime fixDue;
    @Column(name = "marked_at", nullable = false)
    public OffsetDateTime markedAt;

    public LifecycleNotices.Urgency urgency() {
        return new LifecycleNotices.Urgency(keyword, handleDue, fixDue);
    }
}
