package gov.petition.intake.repository;

import gov.petition.intake.domain.CaseStatus;
import gov.petition.intake.domain.Channel;
import gov.petition.intake.domain.Disclosure;
import gov.petition.intake.domain.TimelineProjection;
import gov.petition.intake.domain.TimelineStep;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A petition as received: the case's identity and the citizen's message. */
@Entity
@Table(name = "petition")
public class Petition extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "tracking_code", nullable = false)
    public String trackingCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;
    @Column(name = "external_id", nullable = false)
    public String externalId;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String content;
    public String addressee;
    public String category;
    @Column(name = "region_code")
    public String regionCode;
    public String address;
    public Double lat;
    public Double lon;
    @Column(name = "citizen_name")
    public String citizenName;
    @Column(name = "citizen_phone")
    public String citizenPhone;
    @Column(name = "citizen_email")
    public String citizenEmail;
    @Column(nullable = false)
    public boolean anonymous;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Disclosure disclosure;
    /** Channel-specific: the 12345 call and the agent who recorded it, the social-media post and handle, the forum thread. */
    @Column(name = "call_id")
    public String callId;
    @Column(name = "agent_id")
    public String agentId;
    @Column(name = "agent_name")
    public String agentName;
    @Column(name = "post_id")
    public String postId;
    @Column(name = "user_handle")
    public String userHandle;
    @Column(name = "thread_id")
    public String threadId;
    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
    /** Title and content with personal data removed: what the public list shows. */
    @Column(name = "public_title")
    public String publicTitle;
    @Column(name = "public_content")
    public String publicContent;
    /** Words of the redacted text (smartcn), for full-text search. */
    @Column(name = "search_tokens")
    public String searchTokens;
    /** Kept current from the timeline. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status = CaseStatus.RECEIVED;
    @Column(name = "unit_id")
    public String unitId;
    @Column(name = "unit_name")
    public String unitName;
    /** Set when handling found the case urgent (public safety): the keyword, the time-limit rule and when. */
    @Column(name = "urgent_keyword")
    public String urgentKeyword;
    @Column(name = "urgent_rule")
    public String urgentRule;
    @Column(name = "urgent_since")
    public OffsetDateTime urgentSince;

    /** Keeps the status and unit shown in lists in step with the timeline (a case not stored here is ignored). */
    public static Uni<Void> updateProgress(String caseId, CaseStatus status, TimelineStep unitStep) {
        return update("status = ?1, unitId = ?2, unitName = ?3 where caseId = ?4", status,
                unitStep == null ? null : unitStep.unitId(), unitStep == null ? null : unitStep.unitName(), caseId)
                .replaceWithVoid();
    }

    /** Records that the case is treated as urgent (a case not stored here is ignored). */
    public static Uni<Void> markUrgent(String caseId, TimelineProjection.Urgency urgency) {
        return update("urgentKeyword = ?1, urgentRule = ?2, urgentSince = ?3 where caseId = ?4", urgency.keyword(),
                urgency.rule(), urgency.since(), caseId).replaceWithVoid();
    }

    /** The case a channel message (or idempotency key) already became, if any. */
    public static Uni<Petition> findSubmission(Channel channel, String externalId, String idempotencyKey) {
        if (idempotencyKey != null) {
            return find("channel = ?1 and (externalId = ?2 or idempotencyKey = ?3)", channel, externalId, idempotencyKey).firstResult();
        }
        return find("channel = ?1 and externalId = ?2", channel, externalId).firstResult();
    }
}
