package gov.petition.evaluation.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** The monthly bulletin (一月一通报), published once per period. */
@Entity
@Table(name = "bulletin")
public class Bulletin extends PanacheEntityBase {
    @Id
    public String period;
    public String payload;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
