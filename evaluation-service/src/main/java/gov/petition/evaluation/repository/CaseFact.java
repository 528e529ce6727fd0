package gov.petition.evaluation.repository;

import gov.petition.evaluation.domain.CaseRecord;
import gov.petition.evaluation.domain.Period;
import gov.petition.evaluation.domain.Satisfaction;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What evaluation knows of a case, from the events of the other services and the citizen's rating; the
 * figures are counted over it. Every fact is an upsert keyed by case that keeps the earliest time of a step,
 * so a redelivered, re-emitted or late event leaves the counts as they should be.
 */
@Entity
@Table(name = "case_fact")
public class CaseFact extends PanacheEntityBase {

    private static final String UPSERT_RECEIVED = """
            insert into case_fact (case_id, channel, category, received_at, tracking_code_hash)
            values (:caseId, :channel, :category, :receivedAt, :trackingCodeHash)
            on conflict (case_id) do update set channel = excluded.channel, received_at = excluded.received_at,
                tracking_code_hash = excluded.tracking_code_hash,
                category = coalesce(case_fact.category, excluded.category)""";
    private static final String UPSERT_ROUTED = """
            insert into case_fact (case_id, unit_id, unit_name, category, routed_at) values (:caseId, :unitId, :unitName, :category, :routedAt)
            on conflict (case_id) do update set unit_id = excluded.unit_id, unit_name = excluded.unit_name, routed_at = excluded.routed_at,
                category = coalesce(excluded.category, case_fact.category)
            where case_fact.routed_at is null or case_fact.routed_at <= excluded.routed_at""";
    // The first acceptance sets the reply deadline the reply rate judges; a unit known from routing is kept.
    private static final String UPSERT_ACCEPTED = """
            insert into case_fact (case_id, unit_id, unit_name, accepted_at, reply_due) values (:caseId, :unitId, :unitName, :at, :replyDue)
            on conflict (case_id) do update set
                reply_due = case when case_fact.accepted_at is null or excluded.accepted_at < case_fact.accepted_at
                                 then excluded.reply_due else case_fact.reply_due end,
                accepted_at = least(case_fact.accepted_at, excluded.accepted_at),
                unit_id = coalesce(case_fact.unit_id, excluded.unit_id),
                unit_name = coalesce(case_fact.unit_name, excluded.unit_name)""";
    // A step of which only the first time counts (rejected_at, completed_at); the column name is a constant below.
    private static final String UPSERT_FIRST_STEP = """
            insert into case_fact (case_id, unit_id, unit_name, %1$s) values (:caseId, :unitId, :unitName, :at)
            on conflict (case_id) do update set %1$s = least(case_fact.%1$s, excluded.%1$s),
                unit_id = coalesce(case_fact.unit_id, excluded.unit_id),
                unit_name = coalesce(case_fact.unit_name, excluded.unit_name)""";
    // A reply after a reopening of the current round starts a new rating round; an older (late) reply does not.
    // All right-hand sides read the row as it was before this statement.
    private static final String UPSERT_REPLIED = """
            insert into case_fact (case_id, unit_id, unit_name, replied_at, last_replied_at, reply_round)
            values (:caseId, :unitId, :unitName, :at, :at, 1)
            on conflict (case_id) do update set
                reply_round = case when case_fact.replied_at is null then 1
                                   when case_fact.reopened_round >= case_fact.reply_round
                                        and excluded.replied_at > case_fact.last_replied_at then case_fact.reply_round + 1
                                   else case_fact.reply_round end,
                last_replied_at = greatest(case_fact.last_replied_at, excluded.replied_at),
                replied_at = least(case_fact.replied_at, excluded.replied_at),
                unit_id = coalesce(case_fact.unit_id, excluded.unit_id),
                unit_name = coalesce(case_fact.unit_name, excluded.unit_name)""";
    private static final String IN_PERIOD = """
            unitId is not null and (receivedAt >= :from and receivedAt < :to or replyDue >= :from and replyDue < :to
                or repliedAt >= :from and repliedAt < :to or ratedAt >= :from and ratedAt < :to
                or ratingExpiredAt >= :from and ratingExpiredAt < :to)""";

    @Id
    @Column(name = "case_id")
    public String caseId;
    public String channel;
    public String category;
    @Column(name = "unit_id")
    public String unitId;
    @Column(name = "unit_name")
    public String unitName;
    @Column(name = "tracking_code_hash")
    public String trackingCodeHash;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "routed_at")
    public OffsetDateTime routedAt;
    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;
    @Column(name = "rejected_at")
    public OffsetDateTime rejectedAt;
    @Column(name = "reply_due")
    public OffsetDateTime replyDue;
    @Column(name = "replied_at")
    public OffsetDateTime repliedAt;
    @Column(name = "last_replied_at")
    public OffsetDateTime lastRepliedAt;
    @Column(name = "reply_round")
    public int replyRound;
    @Column(name = "completed_at")
    public OffsetDateTime completedAt;
    @Enumerated(EnumType.STRING)
    public Satisfaction rating;
    public Boolean solved;
    @Column(name = "rated_at")
    public OffsetDateTime ratedAt;
    @Column(name = "rated_round")
    public int ratedRound;
    @Column(name = "reopen_count")
    public int reopenCount;
    @Column(name = "reopened_round")
    public int reopenedRound;
    @Column(name = "return_visit_due")
    public OffsetDateTime returnVisitDue;
    @Column(name = "return_visited_at")
    public OffsetDateTime returnVisitedAt;
    @Column(name = "return_visit_outcome")
    public String returnVisitOutcome;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Column(name = "closed_reason")
    public String closedReason;
    @Column(name = "rating_due")
    public OffsetDateTime ratingDue;
    @Column(name = "rating_expired_at")
    public OffsetDateTime ratingExpiredAt;
    @Column(name = "rating_expired_round")
    public int ratingExpiredRound;
    @Column(name = "citizen_hash")
    public String citizenHash;
    @Column(name = "region_code")
    public String regionCode;
    public String terms;
    public String place;
    @Column(name = "unresolved_count")
    public int unresolvedCount;
    @Column(name = "recurrence_reported")
    public boolean recurrenceReported;

    public static Uni<Void> received(String caseId, String channel, String category, OffsetDateTime receivedAt,
                                     String trackingCodeHash) {
        return Panache.getSession().chain(s -> s.createNativeQuery(UPSERT_RECEIVED)
                .setParameter("caseId", caseId).setParameter("channel", channel).setParameter("category", category)
                .setParameter("receivedAt", receivedAt).setParameter("trackingCodeHash", trackingCodeHash)
                .executeUpdate()).replaceWithVoid();
    }

    public static Uni<Void> routed(String caseId, String unitId, String unitName, String category, OffsetDateTime routedAt) {
        return Panache.getSession().chain(s -> s.createNativeQuery(UPSERT_ROUTED)
                .setParameter("caseId", caseId).setParameter("unitId", unitId).setParameter("unitName", unitName)
                .setParameter("category", category).setParameter("routedAt", routedAt).executeUpdate()).replaceWithVoid();
    }

    private static final String REPLY_DUE_MOVED = """
            update case_fact set reply_due = :due where case_id = :caseId and replied_at is null and reply_due is not null""";

    /**
     * The first reply's deadline moved before the first reply (a granted extension, or a provisional deadline counted
     * again with the holiday calendar): the reply is judged on time against the new one. Later rounds' deadlines do not
     * count here, since the figures judge the first reply.
     */
    public static Uni<Void> replyDueMoved(String caseId, OffsetDateTime due) {
        return Panache.getSession().chain(s -> s.createNativeQuery(REPLY_DUE_MOVED)
                .setParameter("caseId", caseId).setParameter("due", due).executeUpdate()).replaceWithVoid();
    }

    public static Uni<Void> accepted(String caseId, String unitId, String unitName, OffsetDateTime at, OffsetDateTime replyDue) {
        return Panache.getSession().chain(s -> s.createNativeQuery(UPSERT_ACCEPTED)
                .setParameter("caseId", caseId).setParameter("unitId", unitId).setParameter("unitName", unitName)
                .setParameter("at", at).setParameter("replyDue", replyDue).executeUpdate()).replaceWithVoid();
    }

    public static Uni<Void> rejected(String caseId, String unitId, String unitName, OffsetDateTime at) {
        return firstStep("rejected_at", caseId, unitId, unitName, at);
    }

    public static Uni<Void> completed(String caseId, String unitId, String unitName, OffsetDateTime at) {
        return firstStep("completed_at", caseId, unitId, unitName, at);
    }

    public static Uni<Void> replied(String caseId, String unitId, String unitName, OffsetDateTime at) {
        return step(UPSERT_REPLIED, caseId, unitId, unitName, at);
    }

    private static final String DESCRIBE = """
            update case_fact set citizen_hash = :citizenHash, region_code = :regionCode, terms = :terms where case_id = :caseId""";
    // The place a hot spot is counted in: the region the citizen gave, else the district of the unit (else the unit).
    private static final String LOCATE = """
            update case_fact set place = coalesce(region_code, substring(unit_id from '^xd\\.a\\.a[0-9]+'), unit_id)
            where case_id = :caseId""";
    // The rating clock of the current reply round; a late copy of a reply recomputes the same time.
    private static final String ARM_RATING = """
            update case_fact set rating_due = last_replied_at + make_interval(secs => :seconds)
            where case_id = :caseId and reply_round > rated_round and reply_round > rating_expired_round and closed_at is null""";

    /** What compares cases: the citizen (hashed), the region they gave and the words of the text. */
    public static Uni<Void> describe(String caseId, String citizenHash, String regionCode, String terms) {
        return Panache.getSession().chain(s -> s.createNativeQuery(DESCRIBE).setParameter("caseId", caseId)
                .setParameter("citizenHash", citizenHash).setParameter("regionCode", regionCode).setParameter("terms", terms)
                .executeUpdate()).replaceWithVoid();
    }

    public static Uni<Void> locate(String caseId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(LOCATE).setParameter("caseId", caseId).executeUpdate()).replaceWithVoid();
    }

    public static Uni<Void> armRatingTimer(String caseId, long seconds) {
        return Panache.getSession().chain(s -> s.createNativeQuery(ARM_RATING).setParameter("caseId", caseId)
                .setParameter("seconds", (double) seconds).executeUpdate()).replaceWithVoid();
    }

    /** The cases any figure of the period counts: received, due, replied or rated in it. */
    public static Uni<List<CaseRecord>> inPeriod(Period period) {
        return CaseFact.<CaseFact>list(IN_PERIOD, Parameters.with("from", period.from()).and("to", period.to()))
                .map(facts -> facts.stream().map(CaseFact::toRecord).toList());
    }

    public CaseRecord toRecord() {
        return new CaseRecord(caseId, unitId, unitName, receivedAt, acceptedAt, rejectedAt, replyDue, repliedAt,
                completedAt, rating, solved, ratedAt, ratingExpiredAt);
    }

    private static Uni<Void> firstStep(String column, String caseId, String unitId, String unitName, OffsetDateTime at) {
        return step(UPSERT_FIRST_STEP.formatted(column), caseId, unitId, unitName, at);
    }

    private static Uni<Void> step(String sql, String caseId, String unitId, String unitName, OffsetDateTime at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(sql)
                .setParameter("caseId", caseId).setParameter("unitId", unitId).setParameter("unitName", unitName)
                .setParameter("at", at).executeUpdate()).replaceWithVoid();
    }
}
