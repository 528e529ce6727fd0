package gov.petition.events.payload;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The same citizen's same problem stayed unresolved twice (Guangyuan): handling opens a supervision record.
 *
 * @param earlierCaseIds the earlier unresolved cases of the same problem
 * @param similarity     text similarity with the closest earlier case, 0..1
 */
public record ProblemRecurred(String caseId, String unitId, List<String> earlierCaseIds, double similarity,
                              OffsetDateTime at) {
}
