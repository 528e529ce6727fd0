package gov.petition.evaluation.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A third-party review of a case (kind CASE) or the monthly evaluation of a unit (kind UNIT); panel and sample as JSON. */
@Entity
@Table(name = "review")
public class Review extends PanacheEntityBase {
    public static final String CASE = "CASE";
    public static final String UNIT = "UNIT";

    @Id
    @Column(name = "review_id")
    public String reviewId;
    public String kind;
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "unit_id")
    public String unitId;
    public String period;
    public String reason;
    public String panel;
    public String sample;
    @Column(name = "opened_at")
    public OffsetDateTime openedAt;
    public String conclusion;
    public String summary;
    @Column(name = "concluded_at")
    public OffsetDateTime concludedAt;
}
