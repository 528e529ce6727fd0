package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * The citizen rated the unit's reply (满意 / 基本满意 / 不满意) and said whether the problem was solved.
 *
 * @param unitId  the unit whose reply was rated
 * @param rating  SATISFIED, BASICALLY_SATISFIED or UNSATISFIED
 * @param solved  whether the citizen says the problem was solved
 * @param comment the citizen's optional words
 * @param round   the reply round rated: 1 for the first reply, one more after each reopening
 */
public record CaseRated(String caseId, String unitId, Rating rating, boolean solved, String comment, OffsetDateTime at,
                        int round) {

    /** The citizen's verdict on a reply. */
    public enum Rating {
        SATISFIED, BASICALLY_SATISFIED, UNSATISFIED
    }
}
