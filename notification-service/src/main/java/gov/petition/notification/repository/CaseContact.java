package gov.petition.notification.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How to reach the citizen of a case, from intake's received event. */
@Entity
@Table(name = "case_contact")
public class CaseContact extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public String caseId;
    @Column(nullable = false)
    public String channel;
    public String phone;
    public String email;
    @Column(nullable = false)
    public boolean anonymous;
}
