package gov.petition.handling.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A year's holiday arrangement loaded at run time, in the {@code calendar/cn-<year>.tsv} format. */
@Entity
@Table(name = "holiday_calendar")
public class StoredCalendar extends PanacheEntityBase {

    @Id
    public Integer year;
    @Column(columnDefinition = "text")
    public String arrangement;
    public String source;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
