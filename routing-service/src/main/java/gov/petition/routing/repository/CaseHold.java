package gov.petition.routing.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One unit's hold of a case: from when it reached the unit to when it left ({@code toAt} null while it is there). */
@Entity
@Table(name = "case_hold")
public class CaseHold extends PanacheEntityBase {

    /** Case id and the hold's number within the case. */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "case_id")
        public String caseId;
        public int seq;

        public Key() {
        }

        public Key(String caseId, int seq) {
            this.caseId = caseId;
            this.seq = seq;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.seq == seq && Objects.equals(k.caseId, caseId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, seq);
        }
    }

    @EmbeddedId
    public Key id;
    @Column(name = "unit_id", nullable = false)
    public String unitId;
    @Column(name = "unit_name", nullable = false)
    public String unitName;
    @Column(name = "from_at", nullable = false)
    public OffsetDateTime fromAt;
    @Column(name = "to_at")
    public OffsetDateTime toAt;
}
