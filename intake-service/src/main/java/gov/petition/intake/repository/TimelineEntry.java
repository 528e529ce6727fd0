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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One stored step of a case's timeline (the read model behind the citizen's view). */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {

    private static final String UPSERT = """
            insert into timeline_entry (event_id, case_id, type, at, unit_id, unit_name, by_name, text, status, assigns_unit,
                                        deadline_kind, deadline_due, further_deadlines)
            values (:eventId, :caseId, :type, :at, :unitId, :unitName, :by, :text, :status, :assigns, :deadlineKind, :deadlineDue,
                    :furtherDeadlines)
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
    /** The step's first deadline (or, for a missed deadline, the one missed). */
    @Column(name = "deadline_kind")
    public String deadlineKind;
    @Column(name = "deadline_due")
    public OffsetDateTime deadlineDue;
    /** Any further deadlines the step sets, as {@code KIND=timestamp,...}; null for most steps and for older rows. */
    @Column(name = "further_deadlines")
    public String furtherDeadlines;

    /** Records a step once; the same event arriving again changes nothing. */
    public static Uni<Void> record(TimelineStep step) {
        TimelineStep.Due first = step.deadlines().isEmpty() ? null : step.deadlines().get(0);
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
                .setParameter("deadlineKind", first == null ? null : first.kind())
                .setParameter("deadlineDue", first == null ? null : first.due())
                .setParameter("furtherDeadlines", further(step.deadlines()))
                .executeUpdate()).replaceWithVoid();
    }

    public static Uni<List<TimelineStep>> forCase(String caseId) {
        return TimelineEntry.<TimelineEntry>list("caseId", caseId)
                .map(entries -> entries.stream().map(TimelineEntry::toStep).toList());
    }

    public TimelineStep toStep() {
        List<TimelineStep.Due> deadlines = new ArrayList<>();
        if (deadlineKind != null) {
            deadlines.add(new TimelineStep.Due(deadlineKind, deadlineDue));
        }
        if (furtherDeadlines != null && !furtherDeadlines.isBlank()) {
            Arrays.stream(furtherDeadlines.split(",")).map(entry -> entry.split("=", 2))
                    .map(kv -> new TimelineStep.Due(kv[0], kv.length < 2 || kv[1].isEmpty() ? null : OffsetDateTime.parse(kv[1])))
                    .forEach(deadlines::add);
        }
        return new TimelineStep(eventId, caseId, type, at, unitId, unitName, by, text, status, assignsUnit, deadlines);
    }

    /** The deadlines after the first, as stored in {@code further_deadlines}; null when there are none. */
    private static String further(List<TimelineStep.Due> deadlines) {
        return deadlines.size() < 2 ? null : deadlines.subList(1, deadlines.size()).stream()
                .map(d -> d.kind() + "=" + (d.due() == null ? "" : d.due().toString()))
                .collect(Collectors.joining(","));
    }
}
