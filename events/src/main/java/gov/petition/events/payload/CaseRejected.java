package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * The unit declined a case as outside what the platform may handle (不予受理); the citizen reads the reason.
 *
 * @param unitId        the unit holding the case
 * @param responderId   the official who acted (token subject)
 * @param responderName the official's real name, shown to the citizen (实名回应)
 * @param note          the official's optional note
 * @param reason        why, in words the citizen reads
 * @param rule          the rule the refusal rests on (e.g. 已进入诉讼程序)
 */
public record CaseRejected(String caseId, String unitId, String unitName, String responderId, String responderName,
                           String reason, String rule, String note, OffsetDateTime at) {
}
