package gov.petition.evaluation.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person third-party panels may be drawn from. */
@Entity
@Table(name = "panel_member")
public class PanelMember extends PanacheEntityBase {
    @Id
    @Column(name = "member_id")
    public String memberId;
    public String name;
    public String role;
    public String title;
    public boolean active;
}
