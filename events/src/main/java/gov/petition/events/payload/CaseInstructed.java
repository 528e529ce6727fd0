package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * A leader instructed a case (领导批示): the words of the instruction and the unit it names to handle the case.
 *
 * @param leaderId    the leader's official id (token subject)
 * @param leaderName  the leader's real name
 * @param instruction the instruction as written, e.g. 请市住建局牵头办理，10日内答复
 * @param unitId      the unit the instruction names
 * @param unitName    its name
 */
public record CaseInstructed(String caseId, String leaderId, String leaderName, String instruction, String unitId,
                             String unitName, OffsetDateTime at) {
}
