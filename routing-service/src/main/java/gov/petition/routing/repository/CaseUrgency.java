package gov.petition.routing.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * A case handling marked urgent (public safety), kept whether or not routing has seen the case yet: the keyword and
 * the round-the-clock deadlines to make it safe on site (处置) and to repair it (修复). Dispatchers see these first.
 */
@Entity
@Table(name = "case_urgency")
public class CaseUrgency extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public String caseId;
    /** The urgent word handling found in the text (井盖, 燃气泄漏, ...). */
    public String keyword;
    /** Made safe on site by; null when the rule sets no HANDLE limit. */
    @Column(name = "handle_due")
    public OffsetDateTime handleDue;
    /** Repaired by; null when the rule sets no FIX limit. */
    @Column(name = "fix_due")
    public OffsetDateTime fixDue;
    /** When handling marked it, as the event says. */
    @Column(name = "marked_at", nullable = false)
    public OffsetDateTime markedAt;
}
