package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * The unit published its reply to the citizen (答复), signed with the responder's real name and unit.
 *
 * @param unitId        the unit holding the case
 * @param responderId   the official who acted (token subject)
 * @param responderName the official's real name, shown to the citizen (实名回应)
 * @param note          the official's optional note
 * @param reply         the text the citizen (and, if the case is disclosed, the public) reads
 */
public record CaseReplied(String caseId, String unitId, String unitName, String responderId, String responderName,
                          String reply, String note, OffsetDateTime at) {
}
