package gov.petition.evaluation;

import gov.petition.evaluation.domain.RatingRounds;
import gov.petition.evaluation.domain.RatingRounds.Outcome;
import gov.petition.evaluation.domain.Satisfaction;
import gov.petition.evaluation.domain.TrackingCodes;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RatingRoundsTest {

    @Test
    void nothingCanBeRatedBeforeAReply() {
        assertEquals(new Outcome.NotReplied(), RatingRounds.decide(0, 0, 0, Satisfaction.SATISFIED, true, 2));
    }

    @Test
    void eachReplyRoundIsRatedOnce() {
        assertEquals(new Outcome.Rated(1, false, false), RatingRounds.decide(1, 0, 0, Satisfaction.SATISFIED, true, 2));
        assertEquals(new Outcome.AlreadyRated(1), RatingRounds.decide(1, 1, 0, Satisfaction.SATISFIED, true, 2));
        assertEquals(new Outcome.Rated(2, false, false), RatingRounds.decide(2, 1, 1, Satisfaction.SATISFIED, true, 2));
    }

    @Test
    void unsatisfiedAndUnsolvedReopensUpToTheConfiguredRoundsThenAwaitsReview() {
        assertEquals(new Outcome.Rated(1, true, false), RatingRounds.decide(1, 0, 0, Satisfaction.UNSATISFIED, false, 2));
        assertEquals(new Outcome.Rated(2, true, false), RatingRounds.decide(2, 1, 1, Satisfaction.UNSATISFIED, false, 2));
        assertEquals(new Outcome.Rated(3, false, true), RatingRounds.decide(3, 2, 2, Satisfaction.UNSATISFIED, false, 2));
    }

    @Test
    void unsatisfiedButSolvedOrSatisfiedButUnsolvedDoesNotReopen() {
        assertEquals(new Outcome.Rated(1, false, false), RatingRounds.decide(1, 0, 0, Satisfaction.UNSATISFIED, true, 2));
        assertEquals(new Outcome.Rated(1, false, false), RatingRounds.decide(1, 0, 0, Satisfaction.BASICALLY_SATISFIED, false, 2));
    }

    @Test
    void trackingCodesAreComparedByHashOnly() {
        String stored = TrackingCodes.hash("K7QM2X9PRT");
        assertEquals(64, stored.length());
        assertFalse(stored.contains("K7QM2X9PRT"));
        assertTrue(TrackingCodes.matches(stored, "K7QM2X9PRT"));
        assertFalse(TrackingCodes.matches(stored, "K7QM2X9PRX"));
        assertFalse(TrackingCodes.matches(null, "K7QM2X9PRT"));
        assertFalse(TrackingCodes.matches(stored, null));
    }
}
