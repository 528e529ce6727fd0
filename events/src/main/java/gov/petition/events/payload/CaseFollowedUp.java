package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * The citizen added a follow-up message to their open case (the Lishui pattern: a follow-up question
 * in the same thread the next day). It reaches the unit handling the case.
 *
 * @param followUpId unique id of this follow-up
 * @param text       the citizen's words, as written
 */
public record CaseFollowedUp(String caseId, String followUpId, String text, OffsetDateTime at) {
}
