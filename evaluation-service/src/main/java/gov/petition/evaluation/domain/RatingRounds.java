package gov.petition.evaluation.domain;

/**
 * Decides what a citizen's rating does: one rating per reply round, and an unsatisfied, unsolved verdict sends
 * the case back to the unit at most {@code maxReopenRounds} times (after that it awaits third-party review).
 */
public final class RatingRounds {

    /** What a rating leads to. */
    public sealed interface Outcome {
        /** Nothing to rate yet: the unit has not replied. */
        record NotReplied() implements Outcome {
        }

        /** This reply round's rating time ran out: it counts as not rated and can no longer be rated. */
        record Expired(int round) implements Outcome {
        }

        /** This reply round was already rated. */
        record AlreadyRated(int round) implements Outcome {
        }

        /**
         * The rating counts for {@code round}; {@code reopen} when the case goes back to the unit,
         * {@code reopenRoundsUsedUp} when it would have but the rounds are used up.
         */
        record Rated(int round, boolean reopen, boolean reopenRoundsUsedUp) implements Outcome {
        }
    }

    private RatingRounds() {
    }

    public static Outcome decide(int replyRound, int ratedRound, int reopenCount, Satisfaction rating, boolean solved,
                                 int maxReopenRounds) {
        return decide(replyRound, ratedRound, 0, reopenCount, rating, solved, maxReopenRounds);
    }

    public static Outcome decide(int replyRound, int ratedRound, int expiredRound, int reopenCount, Satisfaction rating,
                                 boolean solved, int maxReopenRounds) {
        if (replyRound == 0) {
            return new Outcome.NotReplied();
        }
        if (ratedRound >= replyRound) {
            return new Outcome.AlreadyRated(replyRound);
        }
        if (expiredRound >= replyRound) {
            return new Outcome.Expired(replyRound);
        }
        boolean wantsReopen = rating == Satisfaction.UNSATISFIED && !solved;
        boolean reopen = wantsReopen && reopenCount < maxReopenRounds;
        return new Outcome.Rated(replyRound, reopen, wantsReopen && !reopen);
    }
}
