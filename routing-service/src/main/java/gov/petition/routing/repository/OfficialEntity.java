package gov.petition.routing.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named official of a unit, with their title. */
@Entity
@Table(name = "official")
public class OfficialEntity extends PanacheEntityBase {

    @Id
    public String id;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String title;
    @Column(name = "unit_id", nullable = false)
    public String unitId;
}
