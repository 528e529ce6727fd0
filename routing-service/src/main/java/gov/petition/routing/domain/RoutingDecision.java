package gov.petition.routing.domain;

/** Which unit must handle a case, why, and how sure routing is. */
public record RoutingDecision(String unitId, String unitName, String officialId, String category, Reason reason, double confidence) {

    /** What decided the unit. */
    public enum Reason { ADDRESSEE, LEADER, RULE, CLASSIFIER, DISPATCH, DEFAULT }
}
