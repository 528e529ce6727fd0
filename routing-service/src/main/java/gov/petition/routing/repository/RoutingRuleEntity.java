package gov.petition.routing.repository;

import gov.petition.routing.domain.RoutingRule;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** A stored routing rule. */
@Entity
@Table(name = "routing_rule")
public class RoutingRuleEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String category;
    @Column(name = "scope_id")
    public String scopeId;
    /** Keywords separated by commas; empty for none. */
    @Column(nullable = false)
    public String keywords = "";
    @Column(name = "unit_id", nullable = false)
    public String unitId;
    @Column(nullable = false)
    public int priority;
    public String note;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public RoutingRule toRule() {
        List<String> list = keywords.isEmpty() ? List.of() : Arrays.asList(keywords.split(","));
        return new RoutingRule(id, category, scopeId, list, unitId, priority, note);
    }
}
