package gov.petition.intake.repository;

import gov.petition.intake.domain.CaseStatus;
import gov.petition.intake.domain.TimelineStep;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;

/** One stored step of a case's timeline (the read model behind the citizen's view). */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {

    private static final String UPSERT = """
            insert into timeline_entry (event_id, case_id, type, at, unit_id, unit_name, by_name, text, status, assigns_unit,
                                        deadline_kind, deadline_due)
            values (:eventId, :caseId, :type, :at, :unitId, :unitName, :by, :text, :status, :assigns, :deadlineKind, :deadlineDue)
            on conflict (event_id) do nothing""";

    @Id
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "case_id", nullable = false)
    public String caseId;
    @Column(nullable = false)
    public String type;
    @Column(nullable = false)
    public OffsetDateTime at;
    @Column(name = "unit_id")
    public String unitId;
    @Column(name = "unit_name")
    public String unitName;
    @Column(name = "by_name")
    public String by;
    public String text;
    @Enumerated(EnumType.STRING)
    public CaseStatus status;
    @Column(name = "assigns_unit", nullable = false)
    public boolean assignsUnit;
    @Column(name = "deadline_kind")
    public String deadlineKind;
    @Column(name = "deadline_due")
    public OffsetDateTime deadlineDue;

    /** Records a step once; the same event arriving again changes nothing. */
    public static Uni<Void> record(TimelineStep step) {
        return Panache.getSession().chain(s -> s.createNativeQuery(UPSERT)
                .setParameter("eventId", step.eventId())
                .setParameter("caseId", step.caseId())
                .setParameter("type", step.type())
                .setParameter("at", step.at())
                .setParameter("unitId", step.unitId())
                .setParameter("unitName", step.unitName())
                .setParameter("by", step.by())
                .setParameter("text", step.text())
                .setParameter("status", step.status() == null ? null : step.status().name())
                .setParameter("assigns", step.assignsUnit())
                .setParameter("deadlineKind", step.deadlineKind())
                .setParameter("deadlineDue", step.deadlineDue())
                .executeUpdate()).replaceWithVoid();
    }

    public static Uni<List<TimelineStep>> forCase(String caseId) {
        return TimelineEntry.<TimelineEntry>list("caseId", caseId)
                .map(entries -> entries.stream().map(TimelineEntry::toStep).toList());
    }

    public TimelineStep toStep() {
        return new TimelineStep(eventId, caseId, type, at, unitId, unitName, by, text, status, assignsUnit, deadlineKind,
                deadlineDue);
    }
}
