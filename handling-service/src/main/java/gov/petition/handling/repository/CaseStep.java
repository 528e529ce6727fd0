package gov.petition.handling.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One step of a case at a unit, recorded with the change it belongs to: what time accounting reads. */
@Entity
@Table(name = "case_step")
public class CaseStep extends PanacheEntityBase {

    private static final String INSERT = """
            insert into case_step (case_id, step, unit_id, unit_name, at) values (:caseId, :step, :unitId, :unitName, :at)""";

    @Id
    public Long id;
    @Column(name = "case_id")
    public String caseId;
    public String step;
    @Column(name = "unit_id")
    public String unitId;
    @Column(name = "unit_name")
    public String unitName;
    public OffsetDateTime at;

    public static Uni<Void> record(String caseId, String step, String unitId, String unitName, OffsetDateTime at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(INSERT)
                .setParameter("caseId", caseId).setParameter("step", step).setParameter("unitId", unitId)
                .setParameter("unitName", unitName).setParameter("at", at).executeUpdate()).replaceWithVoid();
    }
}
