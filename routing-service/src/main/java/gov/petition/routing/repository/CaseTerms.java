package gov.petition.routing.repository;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** An open case's words, kept for a while to link later cases that repeat it; contacts only as digests. */
@Entity
@Table(name = "case_terms")
public class CaseTerms extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "phone_digest")
    public String phoneDigest;
    @Column(name = "email_digest")
    public String emailDigest;
    @Column(name = "region_code")
    public String regionCode;
    public String category;
    @Column(nullable = false)
    public String terms;
    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
