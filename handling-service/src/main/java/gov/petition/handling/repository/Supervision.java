package gov.petition.handling.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A supervision record (督办) of a case, owned by the supervising unit. */
@Entity
@Table(name = "supervision")
public class Supervision extends PanacheEntityBase {

    public static final String OPEN = "OPEN";
    public static final String CONCLUDED = "CONCLUDED";

    // the partial unique index keeps one open record per case and trigger, also when two instances race
    private static final String OPEN_ONCE = """
            insert into supervision (supervision_id, case_id, trigger_kind, supervising_unit_id, supervising_unit_name,
                                     unit_id, unit_name, reason, due, status, opened_at)
            values (:id, :caseId, :trigger, :supervisingUnitId, :supervisingUnitName, :unitId, :unitName, :reason, :due,
                    'OPEN', :openedAt)
            on conflict (case_id, trigger_kind) where status = 'OPEN' do nothing""";

    @Id
    @Column(name = "supervision_id")
    public String supervisionId;
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "trigger_kind")
    public String trigger;
    @Column(name = "supervising_unit_id")
    public String supervisingUnitId;
    @Column(name = "supervising_unit_name")
    public String supervisingUnitName;
    @Column(name = "unit_id")
    public String unitId;
    @Column(name = "unit_name")
    public String unitName;
    public String reason;
    public OffsetDateTime due;
    public String status;
    @Column(name = "opened_at")
    public OffsetDateTime openedAt;
    public String outcome;
    public String note;
    @Column(name = "concluded_at")
    public OffsetDateTime concludedAt;
    @Column(name = "concluded_by")
    public String concludedBy;
    @Column(name = "concluded_by_name")
    public String concludedByName;

    /** Inserts the record unless one is open for the case and trigger; true when it was inserted. */
    public static Uni<Boolean> openOnce(Supervision s) {
        return Panache.getSession().chain(session -> session.createNativeQuery(OPEN_ONCE)
                .setParameter("id", s.supervisionId).setParameter("caseId", s.caseId).setParameter("trigger", s.trigger)
                .setParameter("supervisingUnitId", s.supervisingUnitId).setParameter("supervisingUnitName", s.supervisingUnitName)
                .setParameter("unitId", s.unitId).setParameter("unitName", s.unitName).setParameter("reason", s.reason)
                .setParameter("due", s.due).setParameter("openedAt", s.openedAt)
                .executeUpdate()).map(n -> n == 1);
    }
}
