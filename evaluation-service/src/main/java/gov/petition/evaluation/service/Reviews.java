package gov.petition.evaluation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.petition.evaluation.api.ReviewViews;
import gov.petition.evaluation.config.EvaluationConfig;
import gov.petition.evaluation.domain.PanelDraw;
import gov.petition.evaluation.domain.Period;
import gov.petition.evaluation.repository.CaseFact;
import gov.petition.evaluation.repository.PanelMember;
import gov.petition.evaluation.repository.Review;
import gov.petition.evaluation.repository.ReviewFinding;
import gov.petition.events.EventTypes;
import gov.petition.events.outbox.Outbox;
import gov.petition.events.payload.CaseReopened;
import gov.petition.events.payload.ReviewConcluded;
import gov.petition.events.payload.ReviewOpened;
import gov.petition.http.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;

/**
 * Third-party review (第三方评议) of disputed cases and the monthly third-party evaluation of units (Mianyang):
 * a panel drawn at random from the pool records findings, and a conclusion closes the dispute.
 */
@ApplicationScoped
public class Reviews {

    private static final Logger LOG = Logger.getLogger(Reviews.class);
    public static final String BUNDLED_POOL = "/review-pool.json";
    static final String ROUNDS_USED_UP = "群众经多轮答复仍不满意 / still unsatisfied after the last reopening round";

    private final Outbox outbox;
    private final EvaluationConfig config;
    private final CaseClosing closing;
    private final ObjectMapper json;
    private final Random random = new SecureRandom();

    public Reviews(Outbox outbox, EvaluationConfig config, CaseClosing closing, ObjectMapper json) {
        this.outbox = outbox;
        this.config = config;
        this.closing = closing;
        this.json = json;
    }

    /** The bundled pool: loaded at start where the table lacks its members, replaceable through the API. */
    public List<ReviewViews.PoolMember> bundledPool() {
        try (InputStream in = Reviews.class.getResourceAsStream(BUNDLED_POOL)) {
            return json.readValue(Objects.requireNonNull(in, BUNDLED_POOL), ReviewViews.Pool.class).members();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Uni<List<ReviewViews.Member>> pool() {
        return Panache.withSession(() -> PanelMember.<PanelMember>list("active", Sort.by("role").and("memberId")))
                .map(members -> members.stream().map(m -> new ReviewViews.Member(m.memberId, m.name, m.role, m.title)).toList());
    }

    /** Replaces the active pool: members not listed are retired (kept, since past panels name them). */
    public Uni<List<ReviewViews.Member>> replacePool(List<ReviewViews.PoolMember> members) {
        return Panache.withTransaction(() -> PanelMember.update("active = false where active = true")
                .chain(() -> upsert(members))).chain(this::pool);
    }

    Uni<Void> upsert(List<ReviewViews.PoolMember> members) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ReviewViews.PoolMember m : members) {
            chain = chain.chain(() -> PanelMember.<PanelMember>findById(m.memberId()).chain(existing -> {
                PanelMember row = existing == null ? new PanelMember() : existing;
                row.memberId = m.memberId();
                row.name = m.name();
                row.role = m.role();
                row.title = m.title();
                row.active = true;
                return existing == null ? row.persist().replaceWithVoid() : Uni.createFrom().voidItem();
            }));
        }
        return chain;
    }

    /** Staff open a review of a case; 409 when one is already open. */
    public Uni<ReviewViews.View> openForCase(String caseId, String reason) {
        return Panache.withTransaction(() -> CaseFact.<CaseFact>findById(caseId, LockModeType.PESSIMISTIC_WRITE).chain(fact -> {
            if (fact == null) {
                return Uni.createFrom().failure(ProblemException.notFound("No case " + caseId));
            }
            if (fact.closedAt != null) {
                return Uni.createFrom().failure(ProblemException.conflict("Case " + caseId + " is closed (" + fact.closedReason + ")"));
            }
            return Review.count("kind = ?1 and caseId = ?2 and concludedAt is null", Review.CASE, caseId).chain(open -> open > 0
                    ? Uni.createFrom().failure(ProblemException.conflict("Case " + caseId + " already has an open review"))
                    : open(fact, reason == null || reason.isBlank() ? "工作人员申请 / requested by staff" : reason));
        })).chain(review -> view(review.reviewId));
    }

    /** When the reopening rounds are used up and the citizen is still unsatisfied; inside the rating's transaction. */
    public Uni<Void> openAfterRoundsUsedUp(CaseFact fact) {
        return Review.count("kind = ?1 and caseId = ?2 and concludedAt is null", Review.CASE, fact.caseId)
                .chain(open -> open > 0 ? Uni.createFrom().voidItem() : open(fact, ROUNDS_USED_UP).replaceWithVoid());
    }

    private Uni<Review> open(CaseFact fact, String reason) {
        OffsetDateTime now = CaseClosing.now();
        return drawPanel().chain(panel -> {
            Review review = new Review();
            review.reviewId = "RV-" + UUID.randomUUID();
            review.kind = Review.CASE;
            review.caseId = fact.caseId;
            review.unitId = fact.unitId;
            review.reason = reason;
            review.panel = write(panel);
            review.openedAt = now;
            var opened = new ReviewOpened(fact.caseId, review.reviewId, fact.unitId, reason, panel.stream()
                    .map(m -> new ReviewOpened.PanelMember(m.memberId(), m.name(), m.role())).toList(), now);
            LOG.infof("case %s: third-party review %s opened with %d panel members", fact.caseId, review.reviewId, panel.size());
            return review.<Review>persist().chain(() -> outbox.append(EventTypes.REVIEW_OPENED, fact.caseId, opened)).replaceWith(review);
        });
    }

    private Uni<List<ReviewViews.Member>> drawPanel() {
        return PanelMember.<PanelMember>list("active").map(members -> {
            if (members.isEmpty()) {
                throw ProblemException.conflict("The review pool is empty: load it with PUT /api/v1/review-pool");
            }
            List<PanelDraw.Candidate> drawn = PanelDraw.draw(members.stream()
                    .map(m -> new PanelDraw.Candidate(m.memberId, m.name, m.role)).toList(), config.panels().size(), random);
            return drawn.stream().map(c -> members.stream().filter(m -> m.memberId.equals(c.memberId())).findFirst()
                    .map(m -> new ReviewViews.Member(m.memberId, m.name, m.role, m.title)).orElseThrow()).toList();
        });
    }

    /** Draws the monthly third-party evaluation of a unit: a sample of its cases completed in the period and a panel. */
    public Uni<ReviewViews.View> evaluateUnit(String unitId, Period period) {
        OffsetDateTime now = CaseClosing.now();
        return Panache.withTransaction(() -> Review.<Review>find("kind = ?1 and unitId = ?2 and period = ?3", Review.UNIT, unitId,
                period.toString()).firstResult().chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(existing); // one evaluation per unit and month: drawing again answers it
            }
            return CaseFact.<CaseFact>list("unitId = ?1 and completedAt >= ?2 and completedAt < ?3", unitId, period.from(), period.to())
                    .chain(completed -> {
                        if (completed.isEmpty()) {
                            return Uni.createFrom().failure(ProblemException.conflict(
                                    "Unit " + unitId + " completed no case in " + period + ": nothing to evaluate"));
                        }
                        List<String> sample = PanelDraw.sample(completed.stream().map(c -> c.caseId).sorted().toList(),
                                config.panels().sampleSize(), random);
                        return drawPanel().chain(panel -> {
                            Review review = new Review();
                            review.reviewId = "EV-" + UUID.randomUUID();
                            review.kind = Review.UNIT;
                            review.unitId = unitId;
                            review.period = period.toString();
                            review.reason = "月度第三方评价 / monthly third-party evaluation";
                            review.panel = write(panel);
                            review.sample = write(sample);
                            review.openedAt = now;
                            LOG.infof("unit %s: third-party evaluation %s of %s drawn: %d cases, %d panel members", unitId,
                                    review.reviewId, period, sample.size(), panel.size());
                            return review.<Review>persist();
                        });
                    });
        })).chain(review -> view(review.reviewId));
    }

    public Uni<ReviewViews.View> addFinding(String reviewId, ReviewViews.FindingRequest request) {
        OffsetDateTime now = CaseClosing.now();
        return Panache.withTransaction(() -> Review.<Review>findById(reviewId, LockModeType.PESSIMISTIC_WRITE).chain(review -> {
            if (review == null) {
                return Uni.createFrom().failure(ProblemException.notFound("No review " + reviewId));
            }
            if (review.concludedAt != null) {
                return Uni.createFrom().failure(ProblemException.conflict("Review " + reviewId + " is concluded"));
            }
            if (read(review.panel, new TypeReference<List<ReviewViews.Member>>() {
            }).stream().noneMatch(m -> m.memberId().equals(request.memberId()))) {
                return Uni.createFrom().failure(ProblemException.invalid("memberId", "not on this review's panel"));
            }
            String caseId = request.caseId() == null ? "" : request.caseId();
            if (Review.UNIT.equals(review.kind) && !read(review.sample, new TypeReference<List<String>>() {
            }).contains(caseId)) {
                return Uni.createFrom().failure(ProblemException.invalid("caseId", "not one of this evaluation's sampled cases"));
            }
            return ReviewFinding.<ReviewFinding>find("reviewId = ?1 and memberId = ?2 and caseId = ?3", reviewId, request.memberId(), caseId)
                    .firstResult().chain(existing -> {
                        ReviewFinding f = existing == null ? new ReviewFinding() : existing;
                        if (existing == null) {
                            f.findingId = UUID.randomUUID();
                            f.reviewId = reviewId;
                            f.memberId = request.memberId();
                            f.caseId = caseId;
                        }
                        f.finding = request.finding();
                        f.score = request.score();
                        f.at = now;
                        LOG.infof("review %s: finding of %s recorded%s", reviewId, request.memberId(), caseId.isEmpty() ? "" : " on case " + caseId);
                        return existing == null ? f.persist().replaceWithVoid() : Uni.createFrom().voidItem();
                    });
        })).chain(() -> view(reviewId));
    }

    public Uni<ReviewViews.View> conclude(String reviewId, ReviewViews.ConclusionRequest request) {
        OffsetDateTime now = CaseClosing.now();
        return Panache.withTransaction(() -> Review.<Review>findById(reviewId, LockModeType.PESSIMISTIC_WRITE).chain(review -> {
            if (review == null) {
                return Uni.createFrom().failure(ProblemException.notFound("No review " + reviewId));
            }
            if (review.concludedAt != null) {
                return Uni.createFrom().failure(ProblemException.conflict("Review " + reviewId + " is already concluded: " + review.conclusion));
            }
            review.conclusion = request.conclusion();
            review.summary = request.summary();
            review.concludedAt = now;
            if (!Review.CASE.equals(review.kind)) {
                LOG.infof("unit %s: evaluation %s concluded %s", review.unitId, reviewId, request.conclusion());
                return Uni.createFrom().voidItem();
            }
            LOG.infof("case %s: review %s concluded %s", review.caseId, reviewId, request.conclusion());
            Uni<?> concluded = outbox.append(EventTypes.REVIEW_CONCLUDED, review.caseId, new ReviewConcluded(review.caseId, reviewId,
                    review.unitId, request.conclusion(), request.summary(), now));
            if (!"UPHELD".equals(request.conclusion())) {
                return concluded.chain(() -> CaseFact.<CaseFact>findById(review.caseId, LockModeType.PESSIMISTIC_WRITE))
                        .chain(fact -> reopenNotUpheld(fact, request.summary(), now));
            }
            return concluded.chain(() -> CaseFact.<CaseFact>findById(review.caseId, LockModeType.PESSIMISTIC_WRITE))
                    .chain(fact -> fact == null ? Uni.createFrom().voidItem() : closing.close(fact, CaseClosing.REVIEW, now));
        })).chain(() -> view(reviewId));
    }

    /**
     * NOT_UPHELD: the unit must handle the case again, so it is reopened for the round last replied, as an unsatisfied
     * rating would have done (handling applies a round once). A case never replied to, already reopened for its last
     * reply, or closed stays as it is: the unit is still on it.
     */
    private Uni<Void> reopenNotUpheld(CaseFact fact, String summary, OffsetDateTime now) {
        if (fact == null || fact.closedAt != null || fact.replyRound == 0 || fact.reopenedRound >= fact.replyRound) {
            LOG.infof("case %s: review not upheld; nothing to reopen (no reply since the last reopening, or closed)",
                    fact == null ? "?" : fact.caseId);
            return Uni.createFrom().voidItem();
        }
        fact.reopenCount++;
        fact.reopenedRound = fact.replyRound;
        fact.ratingDue = null; // the round's rating is moot: the unit replies again
        String reason = "第三方评议认为原办理结果不成立，退回重新办理：" + summary;
        LOG.infof("case %s: review not upheld, reopened for round %d", fact.caseId, fact.replyRound);
        return outbox.append(EventTypes.CASE_REOPENED, fact.caseId,
                new CaseReopened(fact.caseId, fact.unitId, fact.unitName, reason, fact.replyRound, now)).replaceWithVoid();
    }

    public Uni<ReviewViews.View> view(String reviewId) {
        return Panache.withSession(() -> Review.<Review>findById(reviewId).chain(review -> {
            if (review == null) {
                return Uni.createFrom().failure(ProblemException.notFound("No review " + reviewId));
            }
            return ReviewFinding.<ReviewFinding>list("reviewId = ?1 order by at, memberId", reviewId).map(findings -> {
                List<ReviewViews.Finding> list = findings.stream().map(f -> new ReviewViews.Finding(f.memberId,
                        f.caseId == null || f.caseId.isEmpty() ? null : f.caseId, f.finding, f.score, f.at)).toList();
                Double avg = findings.stream().filter(f -> f.score != null).mapToInt(f -> f.score).average().stream()
                        .map(a -> Math.round(a * 10) / 10.0).boxed().findFirst().orElse(null);
                List<String> sample = review.sample == null ? null : read(review.sample, new TypeReference<List<String>>() {
                });
                return new ReviewViews.View(review.reviewId, review.kind, review.caseId, review.unitId, review.period, review.reason,
                        read(review.panel, new TypeReference<List<ReviewViews.Member>>() {
                        }), sample, list, avg, review.openedAt, review.conclusion, review.summary, review.concludedAt);
            });
        }));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
