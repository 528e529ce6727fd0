package gov.petition.notification.repository;

import gov.petition.notification.domain.UnitContacts;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** How a unit or a leader's office is reached, as staff keep it. */
@Entity
@Table(name = "unit_contact")
public class UnitContact extends PanacheEntityBase {

    @Id
    @Column(name = "unit_id")
    public String unitId;
    @Column(name = "unit_name")
    public String unitName;
    public String email;
    public String phone;
    @Column(name = "webhook_url")
    public String webhookUrl;
    /** Shared with the unit's system to check our signature; never answered back. */
    @Column(name = "webhook_secret")
    public String webhookSecret;
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public UnitContacts contacts() {
        return new UnitContacts(unitId, email, phone, webhookUrl);
    }
}
