package gov.petition.evaluation.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A hot spot as last detected: one place and topic, the cases in its window, the trend. */
@Entity
@Table(name = "hotspot")
public class Hotspot extends PanacheEntityBase {
    @Id
    @Column(name = "hotspot_id")
    public String hotspotId;
    public String place;
    @Column(name = "place_name")
    public String placeName;
    public String keywords;
    @Column(name = "case_ids")
    public String caseIds;
    @Column(name = "case_count")
    public int caseCount;
    @Column(name = "previous_count")
    public int previousCount;
    public String trend;
    @Column(name = "window_start")
    public OffsetDateTime windowStart;
    @Column(name = "window_end")
    public OffsetDateTime windowEnd;
    @Column(name = "detected_at")
    public OffsetDateTime detectedAt;
}
