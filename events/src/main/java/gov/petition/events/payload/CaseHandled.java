package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * The unit took on-site measures that made an urgent danger safe (现场处置: a missing manhole cover fenced off, a gas
 * leak shut off); this meets the case's HANDLE deadline. The repair (FIX) is met when the case is completed.
 *
 * @param unitId        the unit holding the case
 * @param responderId   the official who acted (token subject)
 * @param responderName the official's real name, shown to the citizen (实名回应)
 * @param measures      what was done on site, in words the citizen reads
 * @param note          the official's optional note
 * @param handleDue     the HANDLE deadline the step meets, if the case had one
 * @param onTime        whether the step came by that deadline (null when there was none)
 */
public record CaseHandled(String caseId, String unitId, String unitName, String responderId, String responderName,
                          String measures, String note, OffsetDateTime handleDue, Boolean onTime, OffsetDateTime at) {
}
