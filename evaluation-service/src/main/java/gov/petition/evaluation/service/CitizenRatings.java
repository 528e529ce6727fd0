package gov.petition.evaluation.service;

import gov.petition.evaluation.api.RatingAnswer;
import gov.petition.evaluation.api.RatingRequest;
import gov.petition.evaluation.config.EvaluationConfig;
import gov.petition.evaluation.domain.RatingRounds;
import gov.petition.evaluation.domain.TrackingCodes;
import gov.petition.evaluation.repository.CaseFact;
import gov.petition.events.EventTypes;
import gov.petition.events.outbox.Outbox;
import gov.petition.events.payload.CaseRated;
import gov.petition.events.payload.CaseReopened;
import gov.petition.http.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Records a citizen's rating of a reply and, when unsatisfied and unsolved, sends the case back to the unit. */
@ApplicationScoped
public class CitizenRatings {

    private static final Logger LOG = Logger.getLogger(CitizenRatings.class);
    static final String REOPEN_REASON = "群众不满意 / citizen unsatisfied";

    private final Outbox outbox;
    private final EvaluationConfig config;
    private final Reviews reviews;
    private final ProblemRecurrences recurrences;

    public CitizenRatings(Outbox outbox, EvaluationConfig config, Reviews reviews, ProblemRecurrences recurrences) {
        this.outbox = outbox;
        this.config = config;
        this.reviews = reviews;
        this.recurrences = recurrences;
    }

    public Uni<RatingAnswer> rate(String caseId, RatingRequest request) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        // The row lock makes a second rating of the same round wait for the first and then see it.
        return Panache.withTransaction(() -> CaseFact.<CaseFact>findById(caseId, LockModeType.PESSIMISTIC_WRITE).chain(fact -> {
            // A wrong code answers like an unknown case, so codes cannot be probed.
            if (fact == null || !TrackingCodes.matches(fact.trackingCodeHash, request.trackingCode())) {
                return Uni.createFrom().failure(ProblemException.notFound("No case " + caseId + " with this tracking code"));
            }
            boolean solved = request.solved();
            if (fact.closedAt != null) {
                return Uni.createFrom().failure(ProblemException.conflict("Case " + caseId + " is closed (" + fact.closedReason + ")"));
            }
            RatingRounds.Outcome outcome = RatingRounds.decide(fact.replyRound, fact.ratedRound, fact.ratingExpiredRound,
                    fact.reopenCount, request.rating(), solved, config.maxReopenRounds());
            // Java 17: no pattern switch yet, so the sealed outcome is taken apart with instanceof.
            if (outcome instanceof RatingRounds.Outcome.Rated r) {
                return record(fact, request, r, now);
            }
            if (outcome instanceof RatingRounds.Outcome.Expired x) {
                return Uni.createFrom().failure(ProblemException.conflict("The time to rate the reply of round " + x.round()
                        + " of case " + caseId + " has run out: it counts as not rated"));
            }
            if (outcome instanceof RatingRounds.Outcome.AlreadyRated a) {
                return Uni.createFrom().failure(
                        ProblemException.conflict("The reply of round " + a.round() + " of case " + caseId + " is already rated"));
            }
            return Uni.createFrom().failure(ProblemException.conflict("Case " + caseId + " has no reply to rate yet"));
        }));
    }

    private Uni<RatingAnswer> record(CaseFact fact, RatingRequest request, RatingRounds.Outcome.Rated outcome, OffsetDateTime now) {
        fact.rating = request.rating();
        fact.solved = request.solved();
        fact.ratedAt = now;
        fact.ratedRound = outcome.round();
        fact.ratingDue = null;
        if (outcome.reopen()) {
            fact.reopenCount++;
            fact.reopenedRound = outcome.round();
        }
        var rated = new CaseRated(fact.caseId, fact.unitId, CaseRated.Rating.valueOf(request.rating().name()),
                request.solved(), request.comment(), now, outcome.round());
        Uni<?> events = outbox.append(EventTypes.CASE_RATED, fact.caseId, rated);
        if (outcome.reopen()) {
            var reopened = new CaseReopened(fact.caseId, fact.unitId, fact.unitName, REOPEN_REASON, outcome.round(), now);
            events = events.chain(() -> outbox.append(EventTypes.CASE_REOPENED, fact.caseId, reopened));
        }
        if (outcome.reopenRoundsUsedUp()) {
            events = events.chain(() -> reviews.openAfterRoundsUsedUp(fact));
        }
        if (!request.solved()) {
            events = events.chain(() -> recurrences.unresolved(fact, now));
        }
        return events.invoke(() -> LOG.infof("case %s: rated %s (solved %s) in round %d%s", fact.caseId, request.rating(),
                        request.solved(), outcome.round(), outcome.reopen() ? ", reopened"
                                : outcome.reopenRoundsUsedUp() ? ", reopening rounds used up: awaits third-party review" : ""))
                .replaceWith(new RatingAnswer(fact.caseId, outcome.round(), request.rating().name(), request.solved(),
                        outcome.reopen(), outcome.reopenRoundsUsedUp()));
    }
}
