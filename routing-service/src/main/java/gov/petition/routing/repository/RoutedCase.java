package gov.petition.routing.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** The routing decision taken for a case, kept for re-routing, dispatch and bounce counting. */
@Entity
@Table(name = "routed_case")
public class RoutedCase extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "unit_id", nullable = false)
    public String unitId;
    @Column(nullable = false)
    public String reason;
    @Column(nullable = false)
    public double confidence;
    public String category;
    @Column(name = "routed_at", nullable = false)
    public OffsetDateTime routedAt;
}
