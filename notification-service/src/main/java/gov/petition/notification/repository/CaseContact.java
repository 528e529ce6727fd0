package gov.petition.notification.repository;

import gov.petition.notification.domain.CitizenContact;
import gov.petition.notification.domain.DeliveryChannel;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How to reach the citizen of a case, from intake's received event, and the citizen's preferences. */
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
    /** Keyed digest of the tracking code: proves a preference change or a live stream is the citizen's. */
    @Column(name = "tracking_digest")
    public String trackingDigest;
    @Column(name = "external_id")
    public String externalId;
    @Column(name = "user_handle")
    public String userHandle;
    @Column(name = "post_id")
    public String postId;
    public String title;
    public String category;
    /** The channel the citizen chose; null: the best one they can be reached on. */
    @Column(name = "chosen_channel")
    public String chosenChannel;
    /** False when the citizen opted out of non-essential messages. */
    @Column(name = "non_essential", nullable = false)
    public boolean nonEssential = true;

    public CitizenContact contact() {
        return new CitizenContact(channel, phone, email, anonymous, chosenChannel == null ? null : DeliveryChannel.valueOf(chosenChannel));
    }
}
