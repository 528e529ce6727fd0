package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * Handling found the case urgent (public safety: its text names an urgent keyword such as 井盖 or 燃气泄漏) and set the
 * round-the-clock deadlines of the urgent time-limit rule, counted from the citizen's report. Emitted once per case.
 *
 * @param keyword   the urgent keyword found in the title or content
 * @param rule      the time-limit rule the deadlines come from
 * @param handleDue made safe on site (处置) by, or null if the rule sets no HANDLE limit
 * @param fixDue    repaired (修复) by, or null if the rule sets no FIX limit
 */
public record CaseMarkedUrgent(String caseId, String keyword, String rule, OffsetDateTime handleDue,
                               OffsetDateTime fixDue, OffsetDateTime at) {
}
