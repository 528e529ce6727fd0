package gov.petition.events.payload;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A third-party review (第三方评议) was opened for a disputed case, with a panel drawn at random from the pool.
 *
 * @param reviewId the review
 * @param reason   why: the citizen still unsatisfied after the last round, or a staff request
 * @param panel    the members drawn
 */
public record ReviewOpened(String caseId, String reviewId, String unitId, String reason, List<PanelMember> panel,
                           OffsetDateTime at) {
    /**
     * One panel member.
     *
     * @param role EXPERT, DEPUTY, LAWYER or CITIZEN_REPRESENTATIVE
     */
    public record PanelMember(String memberId, String name, String role) {
    }
}
