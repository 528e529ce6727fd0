package gov.petition.routing.domain;

/**
 * Which unit must handle a case, why, and how sure routing is; {@code leaderRequired} when the case goes
 * to a leader's mailbox for instruction (领导批示) before any department handles it.
 */
public record RoutingDecision(String unitId, String unitName, String officialId, String category, Reason reason, double confidence,
                              boolean leaderRequired) {

    /**
     * What decided the unit: automatic routing (ADDRESSEE, LEADER, RULE, CLASSIFIER, DISPATCH, DEFAULT) or a
     * person (MANUAL by a dispatcher, INSTRUCTION by a leader).
     */
    public enum Reason { ADDRESSEE, LEADER, RULE, CLASSIFIER, DISPATCH, DEFAULT, MANUAL, INSTRUCTION }
}
