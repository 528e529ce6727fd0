package gov.petition.evaluation.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A panel member's finding on a review (and, in a unit evaluation, on one sampled case, with a score). */
@Entity
@Table(name = "review_finding")
public class ReviewFinding extends PanacheEntityBase {
    @Id
    @Column(name = "finding_id")
    public UUID findingId;
    @Column(name = "review_id")
    public String reviewId;
    @Column(name = "member_id")
    public String memberId;
    @Column(name = "case_id")
    public String caseId;
    public String finding;
    public Integer score;
    public OffsetDateTime at;
}
